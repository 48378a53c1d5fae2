package org.journeyboard.insights;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Phase;

/** The opportunities of a map in the impact × effort matrix: quick wins first, then big bets, fill-ins, money pits. */
public final class Opportunities {
    private Opportunities() {
    }

    /** Every opportunity card: by quadrant (unrated last), then impact high to low, effort low to high, journey order. */
    public static List<PlacedOpportunity> placed(JourneyMap map) {
        Map<String, Integer> phaseOrder = PainPoints.order(map.phases().stream().map(Phase::id).toList());
        return map.cards().stream().filter(c -> c.kind() == CardKind.OPPORTUNITY)
                .map(c -> place(map, c))
                .sorted(Comparator.<PlacedOpportunity>comparingInt(o -> o.quadrant() == null ? 99 : o.quadrant().ordinal())
                        .thenComparing(o -> -(o.impact() == null ? 0 : o.impact()))
                        .thenComparing(o -> o.effort() == null ? 99 : o.effort())
                        .thenComparing(o -> phaseOrder.getOrDefault(o.card().phaseId(), Integer.MAX_VALUE))
                        .thenComparingInt(o -> o.card().order())
                        .thenComparing(o -> o.card().id()))
                .toList();
    }

    private static PlacedOpportunity place(JourneyMap map, Card c) {
        Quadrant q = c.impact() == null || c.effort() == null ? null : Quadrant.of(c.impact(), c.effort());
        return new PlacedOpportunity(c, map.phase(c.phaseId()).orElse(null), c.impact(), c.effort(), q);
    }
}
