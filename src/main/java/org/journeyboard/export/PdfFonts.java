package org.journeyboard.export;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.journeyboard.layout.FontMetrics;

/**
 * The bundled DejaVu Sans (regular and bold) loaded into one PDF document, embedded as subsets: only the glyphs the
 * document uses end up in the file, and every text stays selectable and searchable.
 */
public final class PdfFonts {
    private final PDType0Font regular;
    private final PDType0Font bold;

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both fonts for {@code document}. */
    public static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, FontMetrics.REGULAR_RESOURCE), font(document, FontMetrics.BOLD_RESOURCE));
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font missing from the class path: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    public PDType0Font of(boolean isBold) {
        return isBold ? bold : regular;
    }
}
