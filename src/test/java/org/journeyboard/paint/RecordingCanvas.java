package org.journeyboard.paint;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Picture;
import org.journeyboard.testing.NoOpCanvas;

/** A Canvas2D that remembers what was drawn, for tests of the painter without any real backend. */
final class RecordingCanvas extends NoOpCanvas {
    /** One piece of text as drawn. */
    record DrawnText(String text, double x, double y, double size, boolean bold, Colour colour) {
    }

    /** One picture as drawn. */
    record DrawnImage(Picture picture, double x, double y, double width, double height) {
    }

    final List<DrawnText> texts = new ArrayList<>();
    final List<DrawnImage> images = new ArrayList<>();
    /** The fill colour of every filled path (circles among them), in drawing order. */
    final List<Colour> pathFills = new ArrayList<>();
    int fills;
    int strokes;
    int depth;
    int maxDepth;
    private Colour fill = new Colour(0, 0, 0);

    @Override
    public void setFill(Colour colour) {
        fill = colour;
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fills++;
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        strokes++;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        strokes++;
    }

    @Override
    public void fillPath() {
        fills++;
        pathFills.add(fill);
    }

    @Override
    public void strokePath() {
        strokes++;
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        texts.add(new DrawnText(text, x, y, size, bold, fill));
    }

    @Override
    public void drawImage(Picture picture, double x, double y, double width, double height) {
        images.add(new DrawnImage(picture, x, y, width, height));
    }

    @Override
    public void save() {
        depth++;
        maxDepth = Math.max(maxDepth, depth);
    }

    @Override
    public void restore() {
        depth--;
    }

    List<String> textStrings() {
        return texts.stream().map(DrawnText::text).toList();
    }
}
