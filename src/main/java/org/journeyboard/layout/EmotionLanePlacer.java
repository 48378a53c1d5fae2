package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;

/** Draws the map's emotion curves into the band of an emotion lane, with the legend under the lane's title. */
final class EmotionLanePlacer {
    private static final double LEGEND_LINE = 18;

    private final JourneyMap map;
    private final LayoutStyle s;

    EmotionLanePlacer(JourneyMap map, LayoutStyle style) {
        this.map = map;
        this.s = style;
    }

    /** The legend under the lane's title: one entry per curve, its name on up to two lines. */
    List<LegendEntry> legend(TextBlock laneTitle) {
        List<LegendEntry> legend = new ArrayList<>();
        double y = laneTitle.top() + laneTitle.height() + 6;
        double x = laneTitle.x();
        double textWidth = s.laneHeaderWidth() - 20 - LEGEND_LINE - 6;
        double firstLine = FontMetrics.regular().lineHeight(s.legendSize());
        for (EmotionCurve curve : map.curves()) {
            TextBlock name = TextBlock.wrap(curve.name(), x + LEGEND_LINE + 6, y, textWidth, s.legendSize(), false, 2);
            legend.add(new LegendEntry(curve.id(), curve.colour(), x, x + LEGEND_LINE, y + firstLine / 2, name));
            y += Math.max(firstLine, name.height()) + 4;
        }
        return legend;
    }

    EmotionLaneBox place(String laneId, Rect band, List<PhaseBox> phases, List<LegendEntry> legend) {
        double pad = s.curveBandPadding();
        double unit = (band.height() - 2 * pad) / 4;
        double zeroY = band.y() + band.height() / 2;
        Map<String, PhaseBox> byId = new HashMap<>();
        for (PhaseBox p : phases) {
            byId.put(p.phaseId(), p);
        }
        List<CurveBox> curves = new ArrayList<>();
        List<Rect> labels = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            curves.add(curve(curve, byId, zeroY, unit, labels));
        }
        return new EmotionLaneBox(laneId, band, zeroY, unit, curves, legend);
    }

    private CurveBox curve(EmotionCurve curve, Map<String, PhaseBox> phases, double zeroY, double unit,
                           List<Rect> labels) {
        record Placed(CurvePoint point, PhaseBox phase, double x) {
        }
        List<Placed> placed = new ArrayList<>();
        for (CurvePoint p : curve.points()) {
            PhaseBox phase = phases.get(p.phaseId());
            if (phase == null) {
                continue;
            }
            double pos = Double.isFinite(p.position()) ? Math.max(0, Math.min(1, p.position())) : 0.5;
            placed.add(new Placed(p, phase, phase.header().x() + pos * phase.header().width()));
        }
        placed.sort(Comparator.comparingDouble(Placed::x));
        double[] xs = new double[placed.size()];
        double[] ys = new double[placed.size()];
        List<CurvePointBox> points = new ArrayList<>();
        double r = s.pointRadius();
        FontMetrics labelFont = FontMetrics.regular();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            int score = Math.max(CurvePoint.MIN_SCORE, Math.min(CurvePoint.MAX_SCORE, p.point().score()));
            xs[i] = p.x();
            ys[i] = zeroY - score * unit;
            double labelWidth = Math.min(120, p.phase().header().width() - 8);
            List<String> lines = TextWrap.wrap(p.point().label(), labelFont, s.pointLabelSize(), labelWidth, 1);
            double w = lines.isEmpty() ? 0 : labelFont.width(lines.get(0), s.pointLabelSize());
            double lh = labelFont.lineHeight(s.pointLabelSize());
            // a label sits on the side of the point away from the band's edge it is close to, else on the other
            // side; a label that would collide with another one on both sides is left to the inspector
            double above = ys[i] - r - 1 - lh;
            double below = ys[i] + r + 1;
            double top = Double.NaN;
            if (!lines.isEmpty()) {
                for (double candidate : score < 0 ? new double[] {above, below} : new double[] {below, above}) {
                    Rect box = new Rect(xs[i] - w / 2, candidate, w, lh);
                    if (labels.stream().noneMatch(box::intersects)) {
                        top = candidate;
                        labels.add(box);
                        break;
                    }
                }
            }
            if (Double.isNaN(top)) {
                lines = List.of();
                top = below;
            }
            points.add(new CurvePointBox(curve.id(), p.point().id(), p.point().phaseId(), xs[i], ys[i], score,
                    new TextBlock(lines, xs[i] - w / 2, top, s.pointLabelSize(), false)));
        }
        return new CurveBox(curve.id(), curve.name(), curve.colour(), MonotoneCurve.through(xs, ys), points);
    }
}
