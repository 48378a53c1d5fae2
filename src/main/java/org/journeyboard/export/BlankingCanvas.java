package org.journeyboard.export;

import java.util.HashSet;
import java.util.Set;
import org.journeyboard.layout.TextBlock;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.Canvas2D;

/**
 * Passes every drawing operation on, except the lines of text a worksheet leaves blank. It recognises them by the
 * exact place the shared painter draws them, so the worksheet keeps the answer key's geometry to the point.
 */
final class BlankingCanvas implements Canvas2D {
    private record Place(long x, long y) {
        static Place of(double x, double y) {
            return new Place(Math.round(x * 64), Math.round(y * 64));
        }
    }

    private final Canvas2D target;
    private final Set<Place> blanked = new HashSet<>();

    BlankingCanvas(Canvas2D target) {
        this.target = target;
    }

    /** Leaves every line of {@code block} undrawn. */
    void blank(TextBlock block) {
        for (int i = 0; i < block.lines().size(); i++) {
            blanked.add(Place.of(block.x(), block.baseline(i)));
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        if (!blanked.contains(Place.of(x, y))) {
            target.text(text, x, y, size, bold);
        }
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        target.drawImage(picture, x, y, width, height);
    }

    @Override
    public void setFill(Colour colour) {
        target.setFill(colour);
    }

    @Override
    public void setStroke(Colour colour) {
        target.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        target.setLineWidth(width);
    }

    @Override
    public void setDashes(double... pattern) {
        target.setDashes(pattern);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        target.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        target.strokeRect(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        target.line(x1, y1, x2, y2);
    }

    @Override
    public void beginPath() {
        target.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        target.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        target.lineTo(x, y);
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        target.cubicTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        target.closePath();
    }

    @Override
    public void fillPath() {
        target.fillPath();
    }

    @Override
    public void strokePath() {
        target.strokePath();
    }

    @Override
    public void save() {
        target.save();
    }

    @Override
    public void restore() {
        target.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        target.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        target.scale(factor);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        target.clipRect(x, y, width, height);
    }
}
