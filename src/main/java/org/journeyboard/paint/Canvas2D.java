package org.journeyboard.paint;

import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;

/**
 * The few drawing operations a map needs, so that one {@link MapPainter} draws on the screen, into a PDF, an SVG and
 * a PNG alike. Coordinates are map units (points at 100 %); text is drawn with the bundled DejaVu Sans at a size in
 * the same units, its baseline at y. State (colours, line width, dashes, transform, clip) is saved and restored as
 * a stack.
 */
public interface Canvas2D {
    void setFill(Colour colour);

    void setStroke(Colour colour);

    void setLineWidth(double width);

    /** Dash pattern (on, off, …) for following strokes; no arguments for solid lines. */
    void setDashes(double... pattern);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void line(double x1, double y1, double x2, double y2);

    /** Starts a new, empty path. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void cubicTo(double x1, double y1, double x2, double y2, double x, double y);

    void closePath();

    /** Fills the current path (non-zero winding). */
    void fillPath();

    /** Strokes the current path. */
    void strokePath();

    /** Draws one line of text with its baseline at y, in the fill colour. */
    void text(String text, double x, double y, double size, boolean bold);

    /**
     * Draws a picture (PNG or JPEG bytes) stretched over the rectangle; callers keep the aspect ratio themselves
     * (see {@link PictureFraming}). A picture the backend cannot decode is left out rather than failing the drawing.
     */
    void drawImage(Picture picture, double x, double y, double width, double height);

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /** Intersects the clip with a rectangle until the matching {@link #restore()}. */
    void clipRect(double x, double y, double width, double height);

    /** A rectangle with rounded corners (radius {@code r}) as the current path. */
    default void roundRectPath(double x, double y, double w, double h, double r) {
        Shapes.roundRect(this, x, y, w, h, r);
    }

    default void fillRoundRect(double x, double y, double w, double h, double r) {
        roundRectPath(x, y, w, h, r);
        fillPath();
    }

    default void strokeRoundRect(double x, double y, double w, double h, double r) {
        roundRectPath(x, y, w, h, r);
        strokePath();
    }

    default void fillCircle(double cx, double cy, double r) {
        beginPath();
        Shapes.ellipse(this, cx, cy, r, r);
        fillPath();
    }

    default void strokeCircle(double cx, double cy, double r) {
        beginPath();
        Shapes.ellipse(this, cx, cy, r, r);
        strokePath();
    }
}
