package org.journeyboard.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.MapPainter;

/** Renders a map into a PNG picture with Java2D (no display needed), drawn by the shared painter. */
public final class PngExport {
    private PngExport() {
    }

    /** The picture of {@code map} as {@code options} size it. */
    public static BufferedImage render(JourneyMap map, PngOptions options) {
        MapLayout layout = MapLayout.of(map);
        double scale = options.scaleFor(layout.width());
        int width = options.widthPx() > 0 ? options.widthPx() : (int) Math.ceil(layout.width() * scale);
        int height = (int) Math.ceil(layout.height() * scale);
        if (width > PngOptions.MAX_SIDE || height > PngOptions.MAX_SIDE) {
            throw ExportMessages.wrong("png.tooLarge", width, height, PngOptions.MAX_SIDE);
        }
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height),
                options.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!options.transparent()) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            Java2DCanvas2D canvas = new Java2DCanvas2D(g);
            canvas.scale(scale);
            new MapPainter().paint(layout, canvas);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as PNG to {@code out} (left open), cached in memory rather than in a file elsewhere. */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }
}
