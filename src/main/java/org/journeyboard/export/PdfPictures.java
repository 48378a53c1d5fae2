package org.journeyboard.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.journeyboard.model.Picture;

/**
 * The pictures of one PDF document, each embedded once as an image XObject however many pages show it (a persona's
 * photo on every sheet of a poster costs its bytes once).
 */
public final class PdfPictures {
    private final PDDocument document;
    private final Map<Picture, PDImageXObject> embedded = new HashMap<>();

    public PdfPictures(PDDocument document) {
        this.document = document;
    }

    /** The embedded image of {@code picture}, or null when its bytes are no image PDFBox can read. */
    PDImageXObject of(Picture picture) {
        if (embedded.containsKey(picture)) {
            return embedded.get(picture);
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, picture.data(), "persona");
        } catch (java.io.IOException | RuntimeException e) {
            // a damaged picture must not cost the user the whole handout: it is left out
            image = null;
        }
        embedded.put(picture, image);
        return image;
    }
}
