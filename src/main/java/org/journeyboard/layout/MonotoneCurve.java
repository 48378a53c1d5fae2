package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A smooth line through points that never overshoots them: between two neighbouring points it stays between their
 * heights (monotone cubic Hermite interpolation after Fritsch and Carlson), so an emotion curve never leaves the
 * -2..+2 band however its points jump. Emitted as cubic Bézier segments any backend can draw.
 */
public final class MonotoneCurve {
    private MonotoneCurve() {
    }

    /** The path through the points (x ascending); one point gives just a move, none an empty path. */
    public static PathData through(double[] xs, double[] ys) {
        int n = xs.length;
        List<PathData.Op> ops = new ArrayList<>();
        if (n == 0) {
            return new PathData(ops);
        }
        ops.add(new PathData.MoveTo(xs[0], ys[0]));
        if (n == 1) {
            return new PathData(ops);
        }
        double[] m = tangents(xs, ys);
        for (int k = 0; k < n - 1; k++) {
            double h = xs[k + 1] - xs[k];
            if (h <= 0) {
                ops.add(new PathData.LineTo(xs[k + 1], ys[k + 1]));
                continue;
            }
            ops.add(new PathData.CubicTo(
                    xs[k] + h / 3, ys[k] + m[k] * h / 3,
                    xs[k + 1] - h / 3, ys[k + 1] - m[k + 1] * h / 3,
                    xs[k + 1], ys[k + 1]));
        }
        return new PathData(ops);
    }

    /** Slopes at each point, limited so that every segment is monotone. */
    static double[] tangents(double[] xs, double[] ys) {
        int n = xs.length;
        double[] d = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            double h = xs[k + 1] - xs[k];
            d[k] = h > 0 ? (ys[k + 1] - ys[k]) / h : 0;
        }
        double[] m = new double[n];
        m[0] = d[0];
        m[n - 1] = d[n - 2];
        for (int k = 1; k < n - 1; k++) {
            m[k] = d[k - 1] * d[k] <= 0 ? 0 : (d[k - 1] + d[k]) / 2;
        }
        for (int k = 0; k < n - 1; k++) {
            if (d[k] == 0) {
                m[k] = 0;
                m[k + 1] = 0;
                continue;
            }
            double a = m[k] / d[k];
            double b = m[k + 1] / d[k];
            // a tangent pointing against the secant would overshoot; flatten it
            if (a < 0) {
                m[k] = 0;
                a = 0;
            }
            if (b < 0) {
                m[k + 1] = 0;
                b = 0;
            }
            double s = a * a + b * b;
            if (s > 9) {
                double t = 3 / Math.sqrt(s);
                m[k] = t * a * d[k];
                m[k + 1] = t * b * d[k];
            }
        }
        return m;
    }
}
