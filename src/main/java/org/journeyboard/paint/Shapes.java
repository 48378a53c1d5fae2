package org.journeyboard.paint;

/**
 * Curved shapes built from cubic Bézier segments, so that every backend draws them with the same path operations
 * and no backend needs its own arcs.
 */
public final class Shapes {
    /** Control-point distance that makes a quarter circle out of one cubic segment. */
    static final double KAPPA = 0.5522847498;

    private Shapes() {
    }

    /** Appends a closed rounded rectangle to the current path (starting a new one). */
    public static void roundRect(Canvas2D g, double x, double y, double w, double h, double r) {
        double rr = Math.max(0, Math.min(r, Math.min(w, h) / 2));
        double k = rr * (1 - KAPPA);
        g.beginPath();
        g.moveTo(x + rr, y);
        g.lineTo(x + w - rr, y);
        g.cubicTo(x + w - k, y, x + w, y + k, x + w, y + rr);
        g.lineTo(x + w, y + h - rr);
        g.cubicTo(x + w, y + h - k, x + w - k, y + h, x + w - rr, y + h);
        g.lineTo(x + rr, y + h);
        g.cubicTo(x + k, y + h, x, y + h - k, x, y + h - rr);
        g.lineTo(x, y + rr);
        g.cubicTo(x, y + k, x + k, y, x + rr, y);
        g.closePath();
    }

    /** Appends a closed ellipse to the current path as a new sub-path. */
    public static void ellipse(Canvas2D g, double cx, double cy, double rx, double ry) {
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        g.moveTo(cx + rx, cy);
        g.cubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        g.cubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        g.cubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        g.cubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        g.closePath();
    }

    /**
     * Appends an open circular arc from angle {@code start} sweeping {@code sweep} (radians; 0 = right, positive =
     * clockwise on screen because y grows downwards) as a new sub-path.
     */
    public static void arc(Canvas2D g, double cx, double cy, double r, double start, double sweep) {
        int parts = Math.max(1, (int) Math.ceil(Math.abs(sweep) / (Math.PI / 2)));
        double step = sweep / parts;
        double a = start;
        g.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
        for (int i = 0; i < parts; i++) {
            double b = a + step;
            double k = 4.0 / 3.0 * Math.tan((b - a) / 4) * r;
            double x1 = cx + r * Math.cos(a) - k * Math.sin(a);
            double y1 = cy + r * Math.sin(a) + k * Math.cos(a);
            double x2 = cx + r * Math.cos(b) + k * Math.sin(b);
            double y2 = cy + r * Math.sin(b) - k * Math.cos(b);
            g.cubicTo(x1, y1, x2, y2, cx + r * Math.cos(b), cy + r * Math.sin(b));
            a = b;
        }
    }
}
