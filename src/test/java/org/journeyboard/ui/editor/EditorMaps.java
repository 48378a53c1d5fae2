package org.journeyboard.ui.editor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/** A small map for view-model tests: phases aware/buy, lanes touch/pain; cards a0, a1 (aware,touch), b0 (buy,touch). */
final class EditorMaps {
    private EditorMaps() {
    }

    static JourneyMap small() {
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        List<Phase> phases = List.of(new Phase("aware", "Awareness", new Colour(10, 20, 30)),
                new Phase("buy", "Purchase", new Colour(40, 50, 60)));
        List<Lane> lanes = List.of(new Lane("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
                new Lane("feel", LaneKind.EMOTIONS, "Emotions"),
                new Lane("pain", LaneKind.PAIN_POINTS, "Pain points"));
        List<Card> cards = List.of(
                Card.of("a0", "aware", "touch", 0, CardKind.ACTION, "Sees an advert"),
                Card.of("a1", "aware", "touch", 1, CardKind.ACTION, "Asks a neighbour"),
                Card.of("b0", "buy", "touch", 0, CardKind.ACTION, "Signs the contract"));
        List<EmotionCurve> curves = List.of(new EmotionCurve("c", "Anna", new Colour(200, 0, 0), "anna",
                List.of(new CurvePoint("k1", "aware", 0.5, 1, "curious"))));
        return new JourneyMap("Security", "", Language.EN, "", t, t, List.of(new Persona("anna", "Anna", "Owner")),
                phases, lanes, cards, curves, Extras.NONE);
    }

    /** The ids of a cell's cards in display order. */
    static List<String> cell(JourneyMap map, String phaseId, String laneId) {
        return map.cardsIn(phaseId, laneId).stream().map(Card::id).toList();
    }

    /** A clipboard in memory. */
    static final class MemoryClipboard implements TextClipboard {
        String json;
        String plain;

        @Override
        public void put(String journeyboardJson, String plainText) {
            json = journeyboardJson;
            plain = plainText;
        }

        @Override
        public Optional<String> journeyboardText() {
            return Optional.ofNullable(json);
        }

        @Override
        public Optional<String> plainText() {
            return Optional.ofNullable(plain);
        }
    }
}
