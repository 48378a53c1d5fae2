package org.journeyboard.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.journeyboard.layout.FontMetrics;

/**
 * The bundled DejaVu Sans (regular and bold) loaded into one PDF document, embedded as subsets: only the glyphs the
 * document uses end up in the file, and every text stays selectable and searchable.
 */
public final class PdfFonts {
    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;

    private final PDType0Font regular;
    private final PDType0Font bold;

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both fonts for {@code document}. */
    public static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, false), font(document, true));
    }

    private static PDType0Font font(PDDocument document, boolean isBold) throws IOException {
        byte[] bytes = isBold ? boldBytes : regularBytes;
        if (bytes == null) {
            bytes = withoutGlyphSubstitution(read(FontMetrics.of(isBold).resource()));
            if (isBold) {
                boldBytes = bytes;
            } else {
                regularBytes = bytes;
            }
        }
        return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        }
    }

    /** Tables the PDF does not use: glyph substitution and positioning (the layout measures without them). */
    private static final java.util.Set<String> HIDDEN_TABLES = java.util.Set.of("GSUB", "GPOS", "GDEF", "kern",
            "MATH");

    /**
     * The font file with its substitution and positioning tables hidden (their tags renamed in the table directory,
     * nothing else changed). PDFBox would otherwise apply ligatures the layout did not measure, so PDF lines could
     * come out narrower than on screen; and parsing those tables is a good part of a cold export's time. Only
     * subsets of this in-memory copy are embedded, and those never carry these tables anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
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

    public PDType0Font of(boolean isBold) {
        return isBold ? bold : regular;
    }
}
