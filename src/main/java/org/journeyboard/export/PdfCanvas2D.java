package org.journeyboard.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.Glyphs;

/**
 * A {@link Canvas2D} that writes vector drawing operators into a PDF page. The page's y axis is flipped once at
 * the start, so callers work top-down in points as on the screen; text is flipped back upright per line and set in
 * the embedded DejaVu Sans, so it stays selectable. Redundant colour and line-width changes are not written, which
 * keeps big maps small.
 */
public final class PdfCanvas2D implements Canvas2D {
    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final PdfPictures pictures;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(null, null, -1, new double[0]);

    /** Drawing state as far as it was written to the stream; restored with the PDF's own graphics state. */
    private record State(Colour fill, Colour stroke, double lineWidth, double[] dashes) {
    }

    /** A canvas on {@code out} for a page {@code pageHeight} points tall, origin at the top left; no pictures. */
    public PdfCanvas2D(PDPageContentStream out, PdfFonts fonts, double pageHeight) {
        this(out, fonts, null, pageHeight);
    }

    /** A canvas that embeds pictures through {@code pictures} (null: pictures are left out). */
    public PdfCanvas2D(PDPageContentStream out, PdfFonts fonts, PdfPictures pictures, double pageHeight) {
        this.out = out;
        this.fonts = fonts;
        this.pictures = pictures;
        io(() -> out.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    @Override
    public void setFill(Colour colour) {
        if (!colour.equals(state.fill)) {
            io(() -> out.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f));
            state = new State(colour, state.stroke, state.lineWidth, state.dashes);
        }
    }

    @Override
    public void setStroke(Colour colour) {
        if (!colour.equals(state.stroke)) {
            io(() -> out.setStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f));
            state = new State(state.fill, colour, state.lineWidth, state.dashes);
        }
    }

    @Override
    public void setLineWidth(double width) {
        if (width != state.lineWidth) {
            io(() -> out.setLineWidth((float) width));
            state = new State(state.fill, state.stroke, width, state.dashes);
        }
    }

    @Override
    public void setDashes(double... pattern) {
        if (!Arrays.equals(pattern, state.dashes)) {
            float[] f = new float[pattern.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) pattern[i];
            }
            io(() -> out.setLineDashPattern(f, 0));
            state = new State(state.fill, state.stroke, state.lineWidth, pattern.clone());
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        io(() -> {
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        io(() -> {
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        io(() -> {
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
            out.stroke();
        });
    }

    @Override
    public void beginPath() {
        // a PDF path starts with its first moveTo and ends when it is painted: nothing to write
    }

    @Override
    public void moveTo(double x, double y) {
        io(() -> out.moveTo((float) x, (float) y));
    }

    @Override
    public void lineTo(double x, double y) {
        io(() -> out.lineTo((float) x, (float) y));
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        io(() -> out.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x, (float) y));
    }

    @Override
    public void closePath() {
        io(out::closePath);
    }

    @Override
    public void fillPath() {
        io(out::fill);
    }

    @Override
    public void strokePath() {
        io(out::stroke);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        String drawable = Glyphs.drawable(text, FontMetrics.of(bold));
        io(() -> {
            out.beginText();
            out.setFont(fonts.of(bold), (float) size);
            // the page is flipped for top-down coordinates; flip each line back so glyphs stand upright
            out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
            out.showText(drawable);
            out.endText();
        });
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        PDImageXObject image = pictures == null ? null : pictures.of(picture);
        if (image == null || !(width > 0 && height > 0)) {
            return;
        }
        // the page is flipped top-down, an image is drawn into the unit square bottom-up: flip it back
        io(() -> out.drawImage(image, new Matrix((float) width, 0, 0, (float) -height, (float) x,
                (float) (y + height))));
    }

    @Override
    public void save() {
        io(out::saveGraphicsState);
        saved.push(state);
    }

    @Override
    public void restore() {
        io(out::restoreGraphicsState);
        state = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        io(() -> out.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double factor) {
        io(() -> out.transform(Matrix.getScaleInstance((float) factor, (float) factor)));
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        io(() -> {
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.clip();
        });
    }

    /** A stream operation; its IOException can only come from a failing disk or memory, so it is not checked. */
    @FunctionalInterface
    private interface Op {
        void run() throws IOException;
    }

    private static void io(Op op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
