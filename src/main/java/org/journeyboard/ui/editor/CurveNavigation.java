package org.journeyboard.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Phase;

/**
 * The keyboard on the emotion curve: Left/Right go from point to point along the selected point's curve (past its
 * first or last point into the neighbouring phase's emotion cell), Up/Down leave the curve for the lanes above and
 * below; in an emotion cell Enter picks the cell's first point. Every emotion lane draws every curve, so a point
 * counts as lying in the first emotion lane on show.
 */
public final class CurveNavigation {
    private CurveNavigation() {
    }

    /** The selection after pressing {@code direction} with a point selected. */
    public static Selection next(JourneyMap map, Selection.CurvePointSelected current, Direction direction) {
        Optional<String> lane = emotionLane(map);
        Optional<CurvePoint> point = point(map, current);
        if (lane.isEmpty() || point.isEmpty()) {
            return current;
        }
        String phaseId = point.get().phaseId();
        Selection.CellSelected cell = new Selection.CellSelected(phaseId, lane.get());
        return switch (direction) {
            case UP, DOWN -> SelectionNavigation.next(map, cell, direction);
            case LEFT, RIGHT -> {
                List<CurvePoint> along = along(map, map.curve(current.curveId()).orElseThrow());
                int i = along.indexOf(point.get()) + (direction == Direction.RIGHT ? 1 : -1);
                if (i >= 0 && i < along.size()) {
                    yield new Selection.CurvePointSelected(current.curveId(), along.get(i).id());
                }
                // off the curve's end: into the next phase's cell, where Enter or Insert adds a point
                Selection beyond = SelectionNavigation.next(map, cell, direction);
                yield beyond.equals(cell) ? current : beyond;
            }
        };
    }

    /** The first point (from the left) of any curve in the cell's phase, if the cell is an emotion lane's. */
    public static Optional<Selection.CurvePointSelected> firstIn(JourneyMap map, Selection.CellSelected cell) {
        if (!isEmotionCell(map, cell)) {
            return Optional.empty();
        }
        record Found(String curveId, CurvePoint point) {
        }
        List<Found> found = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            for (CurvePoint p : curve.points()) {
                if (p.phaseId().equals(cell.phaseId())) {
                    found.add(new Found(curve.id(), p));
                }
            }
        }
        return found.stream().min(Comparator.comparingDouble(f -> f.point().position()))
                .map(f -> new Selection.CurvePointSelected(f.curveId(), f.point().id()));
    }

    /**
     * Where a point added by keyboard to {@code phaseId} goes: the middle of the phase, or halfway between the
     * curve's last point there and the phase's right edge.
     */
    public static double freePosition(JourneyMap map, String curveIdOrNull, String phaseId) {
        double last = map.curves().stream().filter(c -> c.id().equals(curveIdOrNull))
                .flatMap(c -> c.points().stream()).filter(p -> p.phaseId().equals(phaseId))
                .mapToDouble(CurvePoint::position).max().orElse(Double.NaN);
        return Double.isNaN(last) ? 0.5 : Math.round((last + 1) / 2 * 100) / 100.0;
    }

    /** True when {@code cell} lies in an emotion lane (where points, not cards, go). */
    public static boolean isEmotionCell(JourneyMap map, Selection.CellSelected cell) {
        return map.lane(cell.laneId()).map(l -> l.kind() == LaneKind.EMOTIONS).orElse(false);
    }

    /** The emotion lane a selected point counts as lying in: the first one on show. */
    static Optional<String> emotionLane(JourneyMap map) {
        return map.lanes().stream().filter(l -> !l.hidden() && l.kind() == LaneKind.EMOTIONS).map(Lane::id)
                .findFirst();
    }

    /** The curve's points in drawing order: by phase, then across it (points of missing phases are not drawn). */
    static List<CurvePoint> along(JourneyMap map, EmotionCurve curve) {
        List<String> phases = map.phases().stream().map(Phase::id).toList();
        return curve.points().stream().filter(p -> phases.contains(p.phaseId()))
                .sorted(Comparator.<CurvePoint>comparingInt(p -> phases.indexOf(p.phaseId()))
                        .thenComparingDouble(CurvePoint::position))
                .toList();
    }

    private static Optional<CurvePoint> point(JourneyMap map, Selection.CurvePointSelected s) {
        return map.curve(s.curveId()).flatMap(c -> c.points().stream().filter(p -> p.id().equals(s.pointId()))
                .findFirst());
    }
}
