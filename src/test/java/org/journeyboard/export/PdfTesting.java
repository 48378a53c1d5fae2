package org.journeyboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeyboard.model.JourneyMap;

/** Exports into memory and reads the PDF back, as a reader's PDF viewer would. */
final class PdfTesting {
    private PdfTesting() {
    }

    static byte[] export(JourneyMap map, PdfOptions options, Edition edition) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(map, options, edition, out);
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The document's text with every run of white space made one space, so wrapped lines read as one. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = load(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
