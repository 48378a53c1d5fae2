package org.journeyboard.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static volatile FontMetrics regular;
    private static volatile FontMetrics bold;

    private final String resource;
    /** Advance width in em units (advance / unitsPerEm) of every BMP character; -1 where the font has no glyph. */
    private final float[] advance = new float[0x10000];
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
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                double upem = font.getUnitsPerEm();
                CmapLookup cmap = font.getUnicodeCmapLookup();
                notdefAdvance = (float) (font.getAdvanceWidth(0) / upem);
                for (int c = 0; c < advance.length; c++) {
                    int gid = cmap.getGlyphId(c);
                    advance[c] = gid == 0 ? -1f : (float) (font.getAdvanceWidth(gid) / upem);
                }
                HorizontalHeaderTable hhea = font.getHorizontalHeader();
                ascent = hhea.getAscender() / upem;
                descent = -hhea.getDescender() / upem;
                lineGap = hhea.getLineGap() / upem;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }

    /** Metrics of DejaVu Sans, read once. */
    public static FontMetrics regular() {
        FontMetrics m = regular;
        if (m == null) {
            synchronized (FontMetrics.class) {
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
            synchronized (FontMetrics.class) {
                m = bold;
                if (m == null) {
                    m = new FontMetrics(BOLD_RESOURCE);
                    bold = m;
                }
            }
        }
        return m;
    }

    /** The regular or the bold font. */
    public static FontMetrics of(boolean isBold) {
        return isBold ? bold() : regular();
    }

    /** Class-path location of this font's TTF file. */
    public String resource() {
        return resource;
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
        return a < 0 ? notdefAdvance : a;
    }

    /** True when the font has a glyph for the code point (export uses this to pick a fallback). */
    public boolean canDisplay(int codePoint) {
        return codePoint < advance.length && advance[codePoint] >= 0;
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
