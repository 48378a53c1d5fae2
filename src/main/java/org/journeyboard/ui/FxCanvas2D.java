package org.journeyboard.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;

/**
 * {@link Canvas2D} on a JavaFX canvas, with the same DejaVu Sans files the layout measured its text with.
 * <p>
 * Solid strokes of lines, rectangles and rounded rectangles are drawn as filled outlines of the same geometry: in the
 * software pipeline a stroke costs several times a fill of the same area (the stroker builds and rasterises both
 * offset curves), and these three make up most of a map's strokes. Dashed lines and free paths stay strokes.
 */
public final class FxCanvas2D implements Canvas2D {
    private static volatile String regularFamily;
    private static volatile String boldFamily;

    private final GraphicsContext gc;
    /** What the stroke state is, mirrored so that strokes drawn as fills can use it. */
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private boolean dashed;
    private final java.util.ArrayDeque<Object[]> saved = new java.util.ArrayDeque<>();
    private static final Map<FontKey, Font> FONTS = new ConcurrentHashMap<>();

    private record FontKey(double size, boolean bold) {
    }

    /** Decoded persona pictures, few and reused on every repaint; bounded so that closed maps do not pile up. */
    private static final Map<Picture, java.util.Optional<javafx.scene.image.Image>> PICTURES =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Picture, java.util.Optional<javafx.scene.image.Image>> e) {
                    return size() > 32;
                }
            });

    public FxCanvas2D(GraphicsContext gc) {
        this.gc = gc;
        loadFonts();
        gc.setStroke(stroke);
        gc.setLineWidth(lineWidth);
        gc.setLineDashes((double[]) null);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** Registers the bundled fonts with JavaFX once; later {@link Font#font} calls find them by family name. */
    static void loadFonts() {
        if (regularFamily != null) {
            return;
        }
        synchronized (FxCanvas2D.class) {
            if (regularFamily == null) {
                boldFamily = load(FontMetrics.BOLD_RESOURCE).getFamily();
                regularFamily = load(FontMetrics.REGULAR_RESOURCE).getFamily();
            }
        }
    }

    private static Font load(String resource) {
        try (InputStream in = FxCanvas2D.class.getResourceAsStream(resource)) {
            Font font = in == null ? null : Font.loadFont(in, 12);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the bundled font " + resource);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JavaFX font for the bundled DejaVu Sans at {@code size}, regular or bold. */
    public static Font font(double size, boolean bold) {
        loadFonts();
        return Font.font(bold ? boldFamily : regularFamily, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                FontPosture.REGULAR, size);
    }

    /** Colours are few and repeat on every card, so each is made once. */
    private static final Map<Colour, Color> COLORS = new ConcurrentHashMap<>();

    /** Our colour as a JavaFX colour. */
    public static Color fx(Colour c) {
        return COLORS.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue()));
    }

    @Override
    public void setFill(Colour colour) {
        gc.setFill(fx(colour));
    }

    @Override
    public void setStroke(Colour colour) {
        stroke = fx(colour);
        gc.setStroke(stroke);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        gc.setLineWidth(width);
    }

    @Override
    public void setDashes(double... pattern) {
        dashed = pattern.length > 0;
        gc.setLineDashes(pattern.length == 0 ? null : pattern);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        if (dashed) {
            gc.strokeRect(x, y, width, height);
            return;
        }
        double h = lineWidth / 2;
        Paint fill = gc.getFill();
        gc.setFill(stroke);
        gc.fillRect(x - h, y - h, width + lineWidth, lineWidth);
        gc.fillRect(x - h, y + height - h, width + lineWidth, lineWidth);
        gc.fillRect(x - h, y + h, lineWidth, height - lineWidth);
        gc.fillRect(x + width - h, y + h, lineWidth, height - lineWidth);
        gc.setFill(fill);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        // butt caps: a horizontal or vertical solid line covers exactly this rectangle
        if (dashed || x1 != x2 && y1 != y2) {
            gc.strokeLine(x1, y1, x2, y2);
            return;
        }
        double h = lineWidth / 2;
        Paint fill = gc.getFill();
        gc.setFill(stroke);
        if (y1 == y2) {
            gc.fillRect(Math.min(x1, x2), y1 - h, Math.abs(x2 - x1), lineWidth);
        } else {
            gc.fillRect(x1 - h, Math.min(y1, y2), lineWidth, Math.abs(y2 - y1));
        }
        gc.setFill(fill);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        gc.bezierCurveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fillPath() {
        gc.fill();
    }

    @Override
    public void strokePath() {
        gc.stroke();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double r) {
        gc.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double r) {
        double half = lineWidth / 2;
        if (dashed || w <= lineWidth || h <= lineWidth) {
            gc.strokeRoundRect(x, y, w, h, 2 * r, 2 * r);
            return;
        }
        // the ring between the outer and the inner edge of the stroke, filled even-odd
        double rr = Math.max(0, Math.min(r, Math.min(w, h) / 2));
        gc.beginPath();
        ring(x - half, y - half, w + lineWidth, h + lineWidth, rr + half);
        ring(x + half, y + half, w - lineWidth, h - lineWidth, Math.max(0, rr - half));
        Paint fill = gc.getFill();
        gc.setFill(stroke);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.fill();
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setFill(fill);
        gc.beginPath();
    }

    /** Adds a closed rounded rectangle as a sub-path (the same curves as {@link org.journeyboard.paint.Shapes}). */
    private void ring(double x, double y, double w, double h, double r) {
        double k = r * (1 - 0.5522847498);
        gc.moveTo(x + r, y);
        gc.lineTo(x + w - r, y);
        gc.bezierCurveTo(x + w - k, y, x + w, y + k, x + w, y + r);
        gc.lineTo(x + w, y + h - r);
        gc.bezierCurveTo(x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
        gc.lineTo(x + r, y + h);
        gc.bezierCurveTo(x + k, y + h, x, y + h - k, x, y + h - r);
        gc.lineTo(x, y + r);
        gc.bezierCurveTo(x, y + k, x + k, y, x + r, y);
        gc.closePath();
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        gc.setFont(FONTS.computeIfAbsent(new FontKey(size, bold), k -> font(size, bold)));
        // one rule for every backend: what the bundled font lacks shows the same mark on screen as on paper
        gc.fillText(org.journeyboard.paint.Glyphs.drawable(text, org.journeyboard.layout.FontMetrics.of(bold)), x, y);
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        javafx.scene.image.Image image = PICTURES.computeIfAbsent(picture, FxCanvas2D::decode).orElse(null);
        if (image != null) {
            gc.drawImage(image, x, y, width, height);
        }
    }

    private static java.util.Optional<javafx.scene.image.Image> decode(Picture picture) {
        javafx.scene.image.Image image = new javafx.scene.image.Image(new java.io.ByteArrayInputStream(picture.data()));
        // a damaged picture is left out rather than drawn as an empty box or breaking the repaint
        return image.isError() || image.getWidth() <= 0 ? java.util.Optional.empty() : java.util.Optional.of(image);
    }

    @Override
    public void save() {
        saved.push(new Object[] {stroke, lineWidth, dashed});
        gc.save();
    }

    @Override
    public void restore() {
        Object[] state = saved.poll();
        if (state != null) {
            stroke = (Color) state[0];
            lineWidth = (Double) state[1];
            dashed = (Boolean) state[2];
        }
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.closePath();
        gc.clip();
        gc.beginPath();
    }
}
