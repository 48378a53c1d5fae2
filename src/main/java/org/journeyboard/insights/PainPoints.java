package org.journeyboard.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;

/**
 * The pain points of a map, worst first: by severity, then votes, then how low the emotion is in the card's phase,
 * then phase order (then lane order and the order in the cell, so that the ranking is the same every time).
 */
public final class PainPoints {
    private PainPoints() {
    }

    public static List<RankedPainPoint> ranked(JourneyMap map) {
        Map<String, Integer> phaseOrder = order(map.phases().stream().map(Phase::id).toList());
        Map<String, Integer> laneOrder = order(map.lanes().stream().map(Lane::id).toList());
        Map<String, Double> lowestInPhase = lowestCurvePoints(map);
        record Candidate(Card card, Phase phase, Lane lane, Double emotion) {
        }
        List<Candidate> found = new ArrayList<>();
        for (Card c : map.cards()) {
            if (c.kind() != CardKind.PAIN_POINT) {
                continue;
            }
            Phase phase = map.phase(c.phaseId()).orElse(null);
            Lane lane = map.lane(c.laneId()).orElse(null);
            Double emotion = c.emotion() != null ? Double.valueOf(c.emotion()) : lowestInPhase.get(c.phaseId());
            found.add(new Candidate(c, phase, lane, emotion));
        }
        Comparator<Candidate> worstFirst = Comparator
                .<Candidate>comparingInt(p -> p.card().severity() == null ? 0 : p.card().severity()).reversed()
                .thenComparing(Comparator.<Candidate>comparingInt(p -> p.card().votes()).reversed())
                .thenComparing(p -> p.emotion() == null ? Double.POSITIVE_INFINITY : p.emotion())
                .thenComparingInt(p -> phaseOrder.getOrDefault(p.card().phaseId(), Integer.MAX_VALUE))
                .thenComparingInt(p -> laneOrder.getOrDefault(p.card().laneId(), Integer.MAX_VALUE))
                .thenComparingInt(p -> p.card().order())
                .thenComparing(p -> p.card().id());
        found.sort(worstFirst);
        List<RankedPainPoint> ranked = new ArrayList<>(found.size());
        for (Candidate c : found) {
            ranked.add(new RankedPainPoint(ranked.size() + 1, c.card(), c.phase(), c.lane(), c.emotion()));
        }
        return List.copyOf(ranked);
    }

    /** The lowest score of any curve's points in each phase. */
    private static Map<String, Double> lowestCurvePoints(JourneyMap map) {
        Map<String, Double> lowest = new HashMap<>();
        for (EmotionCurve curve : map.curves()) {
            for (CurvePoint p : curve.points()) {
                lowest.merge(p.phaseId(), (double) p.score(), Math::min);
            }
        }
        return lowest;
    }

    static Map<String, Integer> order(List<String> ids) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.putIfAbsent(ids.get(i), i);
        }
        return order;
    }
}
