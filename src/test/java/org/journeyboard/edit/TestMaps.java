package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** A small hand-made map for example-based edit tests, and the structural checks every edited map must pass. */
final class TestMaps {
    static final Instant CREATED = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant MODIFIED = Instant.parse("2026-01-03T11:00:00Z");

    private TestMaps() {
    }

    /**
     * Phases aware, buy, after; lanes touch, pain; cards a0,a1,a2 in (aware,touch), b0 in (buy,touch), p0 in
     * (aware,pain); persona anna; curve "feel" for anna with points k1 (aware) and k2 (buy).
     */
    static JourneyMap small() {
        List<Phase> phases = List.of(new Phase("aware", "Awareness", new Colour(10, 20, 30)),
                new Phase("buy", "Purchase", new Colour(40, 50, 60)),
                new Phase("after", "Retention", new Colour(70, 80, 90)));
        List<Lane> lanes = List.of(new Lane("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
                new Lane("pain", LaneKind.PAIN_POINTS, "Pain points"));
        List<Card> cards = List.of(
                Card.of("a1", "aware", "touch", 1, CardKind.ACTION, "Second"),
                Card.of("a0", "aware", "touch", 0, CardKind.ACTION, "First"),
                Card.of("b0", "buy", "touch", 0, CardKind.ACTION, "Buy"),
                Card.of("a2", "aware", "touch", 2, CardKind.ACTION, "Third"),
                Card.painPoint("p0", "aware", "pain", 0, "Too many ads", 3));
        List<Persona> personas = List.of(new Persona("anna", "Anna", "Home owner"));
        List<EmotionCurve> curves = List.of(new EmotionCurve("feel", "Anna as-is", new Colour(200, 0, 0), "anna",
                List.of(new CurvePoint("k1", "aware", 0.5, 1, "curious"), new CurvePoint("k2", "buy", 0.2, -2, "angry"))));
        return new JourneyMap("Security", "A break-in", Language.DE, "Trainer", CREATED, MODIFIED, personas, phases,
                lanes, cards, curves, Extras.NONE);
    }

    /** The ids of a cell's cards in display order. */
    static List<String> cell(JourneyMap map, String phaseId, String laneId) {
        return map.cardsIn(phaseId, laneId).stream().map(Card::id).toList();
    }

    /**
     * Fails unless the map is well formed: unique ids, every reference resolves, and the cards of every cell are
     * numbered 0..n-1.
     */
    static void assertWellFormed(JourneyMap map) {
        List<String> all = new ArrayList<>();
        map.personas().forEach(p -> all.add(p.id()));
        map.phases().forEach(p -> all.add(p.id()));
        map.lanes().forEach(l -> all.add(l.id()));
        map.cards().forEach(c -> all.add(c.id()));
        map.curves().forEach(c -> {
            all.add(c.id());
            c.points().forEach(p -> all.add(p.id()));
        });
        assertThat(new HashSet<>(all)).as("ids are unique").hasSameSizeAs(all);
        Map<String, List<Integer>> orders = new HashMap<>();
        for (Card c : map.cards()) {
            assertThat(map.phase(c.phaseId())).as("phase of card %s", c.id()).isPresent();
            assertThat(map.lane(c.laneId())).as("lane of card %s", c.id()).isPresent();
            orders.computeIfAbsent(c.phaseId() + "/" + c.laneId(), k -> new ArrayList<>()).add(c.order());
        }
        orders.forEach((cell, list) -> {
            Set<Integer> expected = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                expected.add(i);
            }
            assertThat(new HashSet<>(list)).as("orders in cell %s", cell).isEqualTo(expected).hasSameSizeAs(list);
        });
        for (EmotionCurve curve : map.curves()) {
            if (curve.personaId() != null) {
                assertThat(map.persona(curve.personaId())).as("persona of curve %s", curve.id()).isPresent();
            }
            curve.points().forEach(p -> assertThat(map.phase(p.phaseId())).as("phase of point %s", p.id()).isPresent());
        }
    }
}
