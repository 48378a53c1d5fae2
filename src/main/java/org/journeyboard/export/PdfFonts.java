package org.journeyboard.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.journeyboard.layout.FontMetrics;

/**
 * The bundled DejaVu Sans (regular and bold) loaded into one PDF document, embedded as subsets: only the glyphs the
 * document uses end up in the file, and every text stays selectable and searchable. The fonts are the ones the
 * layout measures with ({@link FontMetrics#trueTypeFont()}), parsed once per process, without ligatures or kerning.
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
        return new PdfFonts(font(document, false), font(document, true));
    }

    private static PDType0Font font(PDDocument document, boolean isBold) throws IOException {
        // the shared font is not closed with the document (PDFBox closes only fonts it parsed itself)
        return PDType0Font.load(document, FontMetrics.of(isBold).trueTypeFont(), true);
    }

    public PDType0Font of(boolean isBold) {
        return isBold ? bold : regular;
    }
}
