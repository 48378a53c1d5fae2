package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.journeyboard.layout.CurveBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.MonotoneCurve;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.TextBlock;

/**
 * The arithmetic of shaping an emotion curve by hand: where on the band a pointer puts a point (phase, position
 * 0..1, whole score -2..+2), and the curve as it would look with that point there, drawn through the same
 * {@link MonotoneCurve} as the layout so that the preview never overshoots the band either.
 */
final class CurveGesturePreview {
    /** Positions are kept to hundredths of a phase: finer is invisible and only clutters the file. */
    private static final double POSITION_STEP = 0.01;

    private CurveGesturePreview() {
    }

    /** The position 0..1 across {@code phase}'s width at map x, in hundredths. */
    static double positionIn(PhaseBox phase, double x) {
        double w = phase.header().width();
        double p = w <= 0 ? 0.5 : (x - phase.header().x()) / w;
        p = Math.max(0, Math.min(1, p));
        return Math.round(p / POSITION_STEP) * POSITION_STEP;
    }

    /** The map x at which the layout draws a point at {@code position} of {@code phase}. */
    static double xOf(PhaseBox phase, double position) {
        return phase.header().x() + position * phase.header().width();
    }

    /** The score of a pointer at map y on the band: whole steps, never beyond -2..+2. */
    static int scoreAt(EmotionLaneBox lane, double y) {
        return lane.scoreAt(y);
    }

    /** The phase whose column holds x, or the nearest one at either end (null when there are no phases). */
    static PhaseBox phaseNearest(List<PhaseBox> phases, double x) {
        PhaseBox best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (PhaseBox p : phases) {
            double left = p.header().x();
            double right = p.header().right();
            double d = x < left ? left - x : x >= right ? x - right : 0;
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How a score reads next to the pointer: "+2", "0", "−1" (a real minus sign). */
    static String scoreText(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + (-score) : "0";
    }

    /**
     * {@code curve} with point {@code pointId} at (x, score) on {@code lane}, or with a new point there when the curve
     * has no such point; the path is recomputed through the points sorted left to right.
     */
    static CurveBox withPoint(CurveBox curve, EmotionLaneBox lane, String pointId, String phaseId, double x,
                              int score) {
        double y = lane.yOf(score);
        List<CurvePointBox> points = new ArrayList<>();
        boolean found = false;
        for (CurvePointBox p : curve.points()) {
            if (p.pointId().equals(pointId)) {
                found = true;
                TextBlock l = p.label();
                TextBlock moved = new TextBlock(l.lines(), l.x() + x - p.x(), l.top() + y - p.y(), l.size(), l.bold());
                points.add(new CurvePointBox(p.curveId(), pointId, phaseId, x, y, score, moved));
            } else {
                points.add(p);
            }
        }
        if (!found) {
            points.add(new CurvePointBox(curve.curveId(), pointId, phaseId, x, y, score, TextBlock.empty(x, y)));
        }
        points.sort(Comparator.comparingDouble(CurvePointBox::x));
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        return new CurveBox(curve.curveId(), curve.name(), curve.colour(), MonotoneCurve.through(xs, ys), points);
    }
}
