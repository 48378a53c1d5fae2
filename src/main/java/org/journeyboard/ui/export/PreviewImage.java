package org.journeyboard.ui.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.journeyboard.export.Java2DCanvas2D;
import org.journeyboard.export.PrintedPage;

/**
 * Renders a printed page into a small picture for the dialog's preview with the shared painter (via Java2D, so it
 * can run on any thread), then hands it to JavaFX as an image.
 */
public final class PreviewImage {
    private PreviewImage() {
    }

    /** Page {@code 1} of {@code pageCount}, as large as fits into {@code maxWidth} × {@code maxHeight} pixels. */
    public static BufferedImage render(PrintedPage page, int pageCount, double maxWidth, double maxHeight,
                                       boolean transparent) {
        double scale = Math.min(maxWidth / page.size().width(), maxHeight / page.size().height());
        int w = Math.max(1, (int) Math.round(page.size().width() * scale));
        int h = Math.max(1, (int) Math.round(page.size().height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (transparent) {
                checkerboard(g, w, h);
            } else {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            Java2DCanvas2D canvas = new Java2DCanvas2D(g);
            canvas.scale(scale);
            page.drawer().draw(canvas, 1, pageCount);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The usual sign for "no background" in picture editors. */
    private static void checkerboard(Graphics2D g, int w, int h) {
        int cell = 8;
        for (int y = 0; y < h; y += cell) {
            for (int x = 0; x < w; x += cell) {
                g.setColor(((x + y) / cell) % 2 == 0 ? new Color(0xEEEEEE) : Color.WHITE);
                g.fillRect(x, y, cell, cell);
            }
        }
    }

    /** The same pixels as a JavaFX image. */
    public static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
