package org.journeyboard.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Phase;

/** The emotion curves phase by phase: mean and minimum per phase, and the biggest falls. */
public final class Emotions {
    private Emotions() {
    }

    /** For each curve (in map order) and each phase where it has points (in map order). */
    public static List<PhaseEmotion> perPhase(JourneyMap map) {
        List<PhaseEmotion> all = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            for (Phase phase : map.phases()) {
                List<CurvePoint> in = pointsIn(curve, phase.id());
                if (in.isEmpty()) {
                    continue;
                }
                CurvePoint lowest = in.stream().min(Comparator.comparingInt(CurvePoint::score)).orElseThrow();
                double mean = in.stream().mapToInt(CurvePoint::score).average().orElseThrow();
                all.add(new PhaseEmotion(curve.id(), phase.id(), in.size(), mean, lowest.score(), lowest));
            }
        }
        return List.copyOf(all);
    }

    /** Every fall of every curve, the biggest first (ties in curve and journey order). */
    public static List<EmotionDrop> drops(JourneyMap map) {
        List<EmotionDrop> drops = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            List<CurvePoint> along = alongTheJourney(map, curve);
            for (int i = 1; i < along.size(); i++) {
                CurvePoint from = along.get(i - 1);
                CurvePoint to = along.get(i);
                int size = from.score() - to.score();
                if (size > 0) {
                    drops.add(new EmotionDrop(curve.id(), from, to, size, from.phaseId().equals(to.phaseId())));
                }
            }
        }
        drops.sort(Comparator.comparingInt(EmotionDrop::size).reversed()); // stable: journey order within a size
        return List.copyOf(drops);
    }

    /** A curve's points in journey order: by phase order, then position in the phase (points of unknown phases left out). */
    static List<CurvePoint> alongTheJourney(JourneyMap map, EmotionCurve curve) {
        Map<String, Integer> phaseOrder = PainPoints.order(map.phases().stream().map(Phase::id).toList());
        return curve.points().stream().filter(p -> phaseOrder.containsKey(p.phaseId()))
                .sorted(Comparator.<CurvePoint>comparingInt(p -> phaseOrder.get(p.phaseId()))
                        .thenComparingDouble(CurvePoint::position))
                .toList();
    }

    static List<CurvePoint> pointsIn(EmotionCurve curve, String phaseId) {
        return curve.points().stream().filter(p -> p.phaseId().equals(phaseId))
                .sorted(Comparator.comparingDouble(CurvePoint::position)).toList();
    }
}
