package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class EmotionCurveLayoutTest {

    @Property(tries = 200)
    void curveNeverLeavesTheSpanOfItsNeighbouringPoints(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = -2, max = 2) Integer> scores) {
        List<Phase> phases = new ArrayList<>();
        List<CurvePoint> points = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            phases.add(new Phase("p" + i, "Phase " + i, new Colour(180, 200, 230)));
            points.add(new CurvePoint("pt" + i, "p" + i, 0.5, scores.get(i), ""));
        }
        JourneyMap map = JourneyMap.empty("Curve", Language.EN, null).withPhases(phases)
                .withLanes(List.of(new Lane("e", LaneKind.EMOTIONS, "Emotions")))
                .withCurves(List.of(new EmotionCurve("c", "As is", new Colour(200, 50, 50), null, points)));
        EmotionLaneBox lane = MapLayout.of(map).emotionLanes().get(0);
        double top = lane.yOf(2);
        double bottom = lane.yOf(-2);
        List<PathData.Op> ops = lane.curves().get(0).path().ops();
        double x0 = ((PathData.MoveTo) ops.get(0)).x();
        double y0 = ((PathData.MoveTo) ops.get(0)).y();
        for (PathData.Op op : ops.subList(1, ops.size())) {
            PathData.CubicTo c = (PathData.CubicTo) op;
            double lo = Math.min(y0, c.y());
            double hi = Math.max(y0, c.y());
            for (int k = 0; k <= 50; k++) {
                double t = k / 50.0;
                double y = bezier(y0, c.y1(), c.y2(), c.y(), t);
                double x = bezier(x0, c.x1(), c.x2(), c.x(), t);
                assertThat(y).isBetween(lo - 1e-9, hi + 1e-9).isBetween(top - 1e-9, bottom + 1e-9);
                assertThat(x).isBetween(x0 - 1e-9, c.x() + 1e-9);
            }
            x0 = c.x();
            y0 = c.y();
        }
    }

    private static double bezier(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }

    @Test
    void pointsSitAtTheirPhaseAndScore() {
        JourneyMap map = GeneratedMaps.withCards(10, 1);
        MapLayout layout = MapLayout.of(map);
        EmotionLaneBox lane = layout.emotionLanes().get(0);
        CurvePoint model = map.curves().get(0).points().get(5);
        CurvePointBox point = lane.curves().get(0).points().stream()
                .filter(p -> p.pointId().equals(model.id())).findFirst().orElseThrow();
        PhaseBox phase = layout.phase(model.phaseId()).orElseThrow();
        assertThat(point.x()).isEqualTo(phase.column().x() + model.position() * phase.column().width());
        assertThat(point.y()).isEqualTo(lane.yOf(model.score()));
        assertThat(lane.scoreAt(point.y())).isEqualTo(model.score());
        assertThat(lane.band().contains(point.x(), lane.yOf(2))).isTrue();
        assertThat(lane.band().contains(point.x(), lane.yOf(-2))).isTrue();
        assertThat(lane.zeroY()).isEqualTo(lane.yOf(0));
        assertThat(lane.legend()).extracting(e -> e.name().text()).containsExactly("Ist-Zustand");
    }

    @Test
    void aSinglePointIsJustAMoveAndNoPointsNoPath() {
        assertThat(MonotoneCurve.through(new double[] {1}, new double[] {2}).ops())
                .containsExactly(new PathData.MoveTo(1, 2));
        assertThat(MonotoneCurve.through(new double[0], new double[0]).ops()).isEmpty();
    }

    @Test
    void pointsOnTheSameSpotGiveAStraightLineInsteadOfDividingByZero() {
        PathData path = MonotoneCurve.through(new double[] {0, 10, 10, 20}, new double[] {0, 5, 9, 9});
        assertThat(path.ops()).hasSize(4);
        assertThat(path.ops().get(2)).isEqualTo(new PathData.LineTo(10, 9));
    }
}
