package org.journeyboard.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text measures of one bundled TrueType font, read from the font file itself, so that the canvas, the PDF and the
 * SVG break lines at exactly the same places. Sizes are in points; one point is one map unit.
 */
public final class FontMetrics {
    /** Class-path location of the regular font (also loaded by the screen and embedded in the PDF). */
    public static final String REGULAR_RESOURCE = "/assets/fonts/DejaVuSans.ttf";
    /** Class-path location of the bold font. */
    public static final String BOLD_RESOURCE = "/assets/fonts/DejaVuSans-Bold.ttf";

    /** Tables no text here uses: glyph substitution and positioning (layout measures without them). */
    private static final Set<String> HIDDEN_TABLES = Set.of("GSUB", "GPOS", "GDEF", "kern", "MATH");

    private static volatile FontMetrics regular;
    private static volatile FontMetrics bold;
    // one lock per font: reading one never waits for the other (a failed reading is tried again by the next caller)
    private static final Object REGULAR_LOCK = new Object();
    private static final Object BOLD_LOCK = new Object();

    private final String resource;
    /** The parsed font, shared with the PDF export, which embeds subsets of it: one parse per font and process. */
    private final TrueTypeFont font;
    /**
     * Advance width in em units (advance / unitsPerEm) of BMP characters, filled on first use (NaN: not looked up
     * yet; -1: the font has no glyph). Filling lazily keeps start-up fast; concurrent fills write the same value.
     */
    private final float[] advance = new float[0x10000];
    private final float[] glyphAdvance;
    private final CmapLookup cmap;
    private final float notdefAdvance;
    private final double ascent;
    private final double descent;
    private final double lineGap;

    private FontMetrics(String resource) {
        this.resource = resource;
        try (InputStream in = FontMetrics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            // the font stays open: its data is in memory, the cmap answers lookups as characters appear and the PDF
            // export embeds subsets of this same parse (parsing is most of a cold command's font work)
            font = new TTFParser().parse(new RandomAccessReadBuffer(forParsing(in.readAllBytes())));
            double upem = font.getUnitsPerEm();
            cmap = font.getUnicodeCmapLookup();
            glyphAdvance = new float[font.getNumberOfGlyphs()];
            for (int gid = 0; gid < glyphAdvance.length; gid++) {
                glyphAdvance[gid] = (float) (font.getAdvanceWidth(gid) / upem);
            }
            notdefAdvance = glyphAdvance[0];
            java.util.Arrays.fill(advance, Float.NaN);
            HorizontalHeaderTable hhea = font.getHorizontalHeader();
            ascent = hhea.getAscender() / upem;
            descent = -hhea.getDescender() / upem;
            lineGap = hhea.getLineGap() / upem;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }

    /** Metrics of DejaVu Sans, read once. */
    public static FontMetrics regular() {
        FontMetrics m = regular;
        if (m == null) {
            synchronized (REGULAR_LOCK) {
                m = regular;
                if (m == null) {
                    m = new FontMetrics(REGULAR_RESOURCE);
                    regular = m;
                }
            }
        }
        return m;
    }

    /** Metrics of DejaVu Sans Bold, read once. */
    public static FontMetrics bold() {
        FontMetrics m = bold;
        if (m == null) {
            synchronized (BOLD_LOCK) {
                m = bold;
                if (m == null) {
                    m = new FontMetrics(BOLD_RESOURCE);
                    bold = m;
                }
            }
        }
        return m;
    }

    /**
     * Reads both fonts on a background thread, so that a command that will need them can do other work meanwhile
     * (a cold start spends a good part of its time parsing the two font files). A later {@link #regular()} or
     * {@link #bold()} waits for the reading it started instead of reading again.
     */
    public static void readInBackground() {
        Thread reader = new Thread(() -> {
            try {
                regular();
                bold();
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the first caller meets and reports the failure (a stack trace from this
                // thread would reach the user)
            }
        }, "font reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The regular or the bold font. */
    public static FontMetrics of(boolean isBold) {
        return isBold ? bold() : regular();
    }

    /** Class-path location of this font's TTF file. */
    public String resource() {
        return resource;
    }

    /**
     * The parsed font file, without its substitution and positioning tables. The PDF export embeds subsets of this
     * very object (fontbox reads glyph data under a lock, so documents on several threads may share it); callers
     * must not close it.
     */
    public TrueTypeFont trueTypeFont() {
        return font;
    }

    /**
     * The font file with its substitution and positioning tables hidden (their tags renamed in the table directory,
     * nothing else changed). PDFBox would otherwise apply ligatures the layout did not measure, so PDF lines could
     * come out narrower than on screen; and parsing those tables is a good part of a cold start's font time. Only
     * subsets of this in-memory copy are embedded, and those never carry these tables anyway.
     */
    public static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (entry + 4 <= copy.length
                    && HIDDEN_TABLES.contains(new String(copy, entry, 4, StandardCharsets.ISO_8859_1))) {
                copy[entry + 3] = '0';
            }
        }
        return copy;
    }

    /**
     * The font file as it is parsed: {@link #withoutGlyphSubstitution}, and with the character maps that neither the
     * layout nor the PDF reads but that fontbox would parse in full (a good part of a cold start) cut: the directory
     * of the {@code cmap} table lists only the Unicode map fontbox picks. Widths, glyphs and character lookups stay
     * the file's own; a test compares every one with the unchanged file. (The glyph names of the {@code post} table
     * stay although PDFBox never embeds them: it finds the cap and x heights of the PDF's font descriptor by them.)
     */
    static byte[] forParsing(byte[] ttf) {
        byte[] copy = withoutGlyphSubstitution(ttf);
        int tables = u16(copy, 4);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(copy, entry, 4, StandardCharsets.ISO_8859_1);
            int offset = (int) u32(copy, entry + 8);
            if (tag.equals("cmap")) {
                keepOneUnicodeCmap(copy, offset);
            }
        }
        return copy;
    }

    /** Moves the first of the full-Unicode, then BMP character maps to the front and declares it the only one. */
    private static void keepOneUnicodeCmap(byte[] ttf, int cmap) {
        int count = u16(ttf, cmap + 2);
        int[][] preferred = {{0, 4}, {3, 10}, {0, 3}, {3, 1}};
        for (int[] wanted : preferred) {
            for (int i = 0; i < count; i++) {
                int record = cmap + 4 + 8 * i;
                if (u16(ttf, record) == wanted[0] && u16(ttf, record + 2) == wanted[1]) {
                    System.arraycopy(ttf, record, ttf, cmap + 4, 8);
                    ttf[cmap + 2] = 0;
                    ttf[cmap + 3] = 1;
                    return;
                }
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    /** Width of {@code text} at {@code size} points, as the font's advance widths add up (no kerning). */
    public double width(String text, double size) {
        return width(text, 0, text.length(), size);
    }

    /** Width of {@code text[from, to)} at {@code size} points. */
    public double width(CharSequence text, int from, int to, double size) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += advanceOf(text.charAt(i));
        }
        return sum * size;
    }

    /** Advance of one character in em units; characters the font lacks measure as its replacement glyph. */
    public double advanceOf(char c) {
        float a = advance[c];
        if (Float.isNaN(a)) {
            a = lookUp(c);
        }
        return a < 0 ? notdefAdvance : a;
    }

    private float lookUp(int c) {
        int gid;
        synchronized (cmap) {
            gid = cmap.getGlyphId(c);
        }
        float a = gid <= 0 || gid >= glyphAdvance.length ? -1f : glyphAdvance[gid];
        advance[c] = a;
        return a;
    }

    /** True when the font has a glyph for the code point (export uses this to pick a fallback). */
    public boolean canDisplay(int codePoint) {
        if (codePoint < 0 || codePoint >= advance.length) {
            return false;
        }
        float a = advance[codePoint];
        return (Float.isNaN(a) ? lookUp(codePoint) : a) >= 0;
    }

    /** Distance from the baseline up to the top of the tallest glyphs. */
    public double ascent(double size) {
        return ascent * size;
    }

    /** Distance from the baseline down to the bottom of descenders (positive). */
    public double descent(double size) {
        return descent * size;
    }

    /** Baseline-to-baseline distance for lines of text at this size. */
    public double lineHeight(double size) {
        return (ascent + descent + lineGap) * size;
    }
}
