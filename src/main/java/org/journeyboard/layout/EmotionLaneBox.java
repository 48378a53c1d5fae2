package org.journeyboard.layout;

import java.util.List;

/**
 * The drawing of an emotion lane: the band the curves live in (score +2 at the top, -2 at the bottom, 0 on the
 * zero line), the curves themselves and their legend in the lane header.
 */
public record EmotionLaneBox(String laneId, Rect band, double zeroY, double unit, List<CurveBox> curves,
                             List<LegendEntry> legend) {
    public EmotionLaneBox {
        curves = List.copyOf(curves);
        legend = List.copyOf(legend);
    }

    /** The y at which a score is drawn. */
    public double yOf(double score) {
        return zeroY - score * unit;
    }

    /** The score at a y, rounded to a whole step and kept within -2..+2 (for clicks and drags on the band). */
    public int scoreAt(double y) {
        long s = Math.round((zeroY - y) / unit);
        return (int) Math.max(-2, Math.min(2, s));
    }
}
