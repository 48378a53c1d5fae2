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

    EmotionLaneBox place(String laneId, Rect band, List<PhaseBox> phases, TextBlock laneTitle) {
        double pad = s.curveBandPadding();
        double unit = (band.height() - 2 * pad) / 4;
        double zeroY = band.y() + band.height() / 2;
        Map<String, PhaseBox> byId = new HashMap<>();
        for (PhaseBox p : phases) {
            byId.put(p.phaseId(), p);
        }
        List<CurveBox> curves = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            curves.add(curve(curve, byId, zeroY, unit));
        }
        List<LegendEntry> legend = new ArrayList<>();
        double y = laneTitle.top() + laneTitle.height() + 6;
        double x = laneTitle.x();
        double lineHeight = s.legendSize() * 1.6;
        double textWidth = s.laneHeaderWidth() - 20 - LEGEND_LINE - 6;
        for (EmotionCurve curve : map.curves()) {
            TextBlock name = TextBlock.wrap(curve.name(), x + LEGEND_LINE + 6, y, textWidth, s.legendSize(), false, 1);
            double mid = y + FontMetrics.regular().lineHeight(s.legendSize()) / 2;
            legend.add(new LegendEntry(curve.id(), curve.colour(), x, x + LEGEND_LINE, mid, name));
            y += lineHeight;
        }
        return new EmotionLaneBox(laneId, band, zeroY, unit, curves, legend);
    }

    private CurveBox curve(EmotionCurve curve, Map<String, PhaseBox> phases, double zeroY, double unit) {
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
            // a label sits on the side of the point away from the band's edge it is close to
            double top = score < 0 ? ys[i] - r - 2 - lh : ys[i] + r + 2;
            points.add(new CurvePointBox(curve.id(), p.point().id(), p.point().phaseId(), xs[i], ys[i], score,
                    new TextBlock(lines, xs[i] - w / 2, top, s.pointLabelSize(), false)));
        }
        return new CurveBox(curve.id(), curve.name(), curve.colour(), MonotoneCurve.through(xs, ys), points);
    }
}
