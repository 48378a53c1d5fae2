package org.journeyboard.paint;

import org.journeyboard.model.Colour;

/** A small face for an emotion score: a smile above zero, a straight mouth at zero, a frown below. */
public final class Faces {
    private Faces() {
    }

    /** Draws the face centred at (cx, cy), radius r: disc {@code fill}, outline {@code edge}, features {@code ink}. */
    public static void draw(Canvas2D g, double cx, double cy, double r, int score, Colour fill, Colour edge,
                            Colour ink) {
        g.save();
        g.setDashes();
        g.setFill(fill);
        g.fillCircle(cx, cy, r);
        g.setStroke(edge);
        g.setLineWidth(Math.max(1, r / 6));
        g.strokeCircle(cx, cy, r);
        g.setFill(ink);
        double eye = Math.max(0.6, r * 0.12);
        g.fillCircle(cx - r * 0.35, cy - r * 0.25, eye);
        g.fillCircle(cx + r * 0.35, cy - r * 0.25, eye);
        g.setStroke(ink);
        g.setLineWidth(Math.max(0.8, r / 7));
        double mx = r * 0.42;
        double my = cy + r * 0.3;
        g.beginPath();
        if (score == 0) {
            g.moveTo(cx - mx, my);
            g.lineTo(cx + mx, my);
        } else {
            // bend proportional to the score: +2 is a broad smile, -1 a slight frown
            double bend = r * 0.22 * Math.signum(score) * (Math.abs(score) >= 2 ? 1.6 : 1);
            double base = my - bend / 2;
            g.moveTo(cx - mx, base);
            g.cubicTo(cx - mx / 2, base + bend, cx + mx / 2, base + bend, cx + mx, base);
        }
        g.strokePath();
        g.restore();
    }
}
