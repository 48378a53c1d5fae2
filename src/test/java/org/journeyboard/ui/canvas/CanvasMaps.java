package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Phase;
import org.journeyboard.testing.GeneratedMaps;

/** Small maps with cards at known places for the canvas tests (7 phases, lanes as in {@link GeneratedMaps}). */
final class CanvasMaps {
    static final String TOUCHPOINTS = "lane-touchpoints";
    static final String ACTIONS = "lane-actions";
    static final String EMOTIONS = "lane-emotions";

    private CanvasMaps() {
    }

    /** Cards a, b, c stacked in phase-0 × touchpoints, d in phase-1 × actions; everything else empty. */
    static JourneyMap small() {
        JourneyMap empty = GeneratedMaps.withCards(0, 7);
        List<Card> cards = new ArrayList<>();
        cards.add(Card.of("a", "phase-0", TOUCHPOINTS, 0, CardKind.NOTE, "Alpha"));
        cards.add(Card.of("b", "phase-0", TOUCHPOINTS, 1, CardKind.NOTE, "Bravo"));
        cards.add(Card.of("c", "phase-0", TOUCHPOINTS, 2, CardKind.NOTE, "Charlie"));
        cards.add(Card.of("d", "phase-1", ACTIONS, 0, CardKind.ACTION, "Delta"));
        return empty.withCards(cards).withTitle("Canvas test map");
    }

    /** {@link #small()} with phase-2 wide enough for three cards side by side, holding cards w0..w4. */
    static JourneyMap withWidePhase() {
        JourneyMap map = small();
        List<Phase> phases = new ArrayList<>(map.phases());
        phases.set(2, phases.get(2).withWidth(500));
        List<Card> cards = new ArrayList<>(map.cards());
        for (int i = 0; i < 5; i++) {
            cards.add(Card.of("w" + i, "phase-2", TOUCHPOINTS, i, CardKind.NOTE, "Wide " + i));
        }
        return map.withPhases(phases).withCards(cards);
    }
}
