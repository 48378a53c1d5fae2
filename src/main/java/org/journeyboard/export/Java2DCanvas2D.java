package org.journeyboard.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.Glyphs;

/**
 * A {@link Canvas2D} on a Java2D {@link Graphics2D}, for PNG pictures rendered without any display. Text is set in
 * the bundled DejaVu Sans with fractional metrics, so it runs as wide as the layout measured it.
 */
public final class Java2DCanvas2D implements Canvas2D {
    private static volatile Font regular;
    private static volatile Font bold;

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Colour fill = new Colour(0, 0, 0);
    private Colour stroke = new Colour(0, 0, 0);
    private double lineWidth = 1;
    private float[] dashes;
    private Path2D.Double path = new Path2D.Double();
    private final java.util.Map<Picture, java.util.Optional<java.awt.image.BufferedImage>> pictures =
            new java.util.HashMap<>();

    private record State(Colour fill, Colour stroke, double lineWidth, float[] dashes, AffineTransform transform,
                         Shape clip) {
    }

    /** A canvas drawing with {@code g}, smoothing shapes and text. */
    public Java2DCanvas2D(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void setFill(Colour colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Colour colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setDashes(double... pattern) {
        if (pattern.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dashes[i] = (float) pattern[i];
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        path.curveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath() {
        fill(path);
    }

    @Override
    public void strokePath() {
        draw(path);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean isBold) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(awt(fill));
        g.setFont(font(isBold).deriveFont((float) size));
        g.drawString(Glyphs.drawable(text, FontMetrics.of(isBold)), (float) x, (float) y);
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        java.awt.image.BufferedImage image = pictures.computeIfAbsent(picture, Java2DCanvas2D::decode).orElse(null);
        if (image == null || !(width > 0 && height > 0)) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform place = new AffineTransform(width / image.getWidth(), 0, 0, height / image.getHeight(), x, y);
        g.drawImage(image, place, null);
    }

    private static java.util.Optional<java.awt.image.BufferedImage> decode(Picture picture) {
        try {
            return java.util.Optional.ofNullable(javax.imageio.ImageIO.read(
                    new java.io.ByteArrayInputStream(picture.data())));
        } catch (IOException | RuntimeException e) {
            // a damaged picture is left out of the PNG rather than failing it
            return java.util.Optional.empty();
        }
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, dashes, g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        g.setTransform(s.transform());
        g.setClip(s.clip());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    private void fill(Shape shape) {
        g.setColor(awt(fill));
        g.fill(shape);
    }

    private void draw(Shape shape) {
        g.setColor(awt(stroke));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes,
                0f));
        g.draw(shape);
    }

    private static Color awt(Colour c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    /** The bundled font, loaded once per weight. */
    static Font font(boolean isBold) {
        Font f = isBold ? bold : regular;
        if (f == null) {
            synchronized (Java2DCanvas2D.class) {
                f = isBold ? bold : regular;
                if (f == null) {
                    f = load(FontMetrics.of(isBold).resource());
                    if (isBold) {
                        bold = f;
                    } else {
                        regular = f;
                    }
                }
            }
        }
        return f;
    }

    private static Font load(String resource) {
        try (InputStream in = Java2DCanvas2D.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + resource, e);
        }
    }
}
