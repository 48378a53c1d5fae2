package org.journeyboard.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;

/** Deterministic maps of any size for benchmarks and load tests: 7 phases, 8 lanes, a persona and a curve. */
public final class GeneratedMaps {
    private static final String[] WORDS = {"Kunde", "Angebot", "Rückfrage", "Hotline", "Prüfung", "Lieferung",
        "checkout", "review", "Newsletter", "Gutschein", "Größe", "Zahlung", "Montage", "Kamera", "FAQ", "Bewertung",
        "Vergleich", "Empfehlung", "Termin", "Wartung", "search", "banner", "Straße", "Beratung", "€ 49,90"};
    private static final LaneKind[] CARD_LANES = {LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS,
        LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS, LaneKind.BACKSTAGE};

    private GeneratedMaps() {
    }

    /** A map with exactly {@code cards} cards spread over its cells, the same for the same seed. */
    public static JourneyMap withCards(int cards, long seed) {
        Random random = new Random(seed);
        List<Phase> phases = new ArrayList<>();
        for (int p = 0; p < 7; p++) {
            phases.add(new Phase("phase-" + p, "Phase " + (p + 1) + " " + WORDS[p], colour(random), 260,
                    sentence(random, 8), List.of(sentence(random, 4), sentence(random, 5)),
                    List.of(new Kpi("Conversion", "3 %", "2,4 %")), Extras.NONE));
        }
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : CARD_LANES) {
            lanes.add(new Lane("lane-" + kind.code(), kind, kind.code()));
        }
        lanes.add(3, new Lane("lane-emotions", LaneKind.EMOTIONS, "emotions"));
        List<Card> list = new ArrayList<>(cards);
        int[][] counts = new int[phases.size()][CARD_LANES.length];
        for (int i = 0; i < cards; i++) {
            int p = random.nextInt(phases.size());
            int l = random.nextInt(CARD_LANES.length);
            list.add(card(random, "card-" + i, phases.get(p).id(), "lane-" + CARD_LANES[l].code(),
                    counts[p][l]++, CARD_LANES[l]));
        }
        List<CurvePoint> points = new ArrayList<>();
        for (Phase phase : phases) {
            for (int k = 0; k < 2; k++) {
                points.add(new CurvePoint("pt-" + phase.id() + "-" + k, phase.id(), 0.25 + 0.5 * k,
                        random.nextInt(5) - 2, k == 0 ? sentence(random, 2) : ""));
            }
        }
        Persona persona = new Persona("persona-1", "Petra Muster", "Hausbesitzerin, 45", List.of(sentence(random, 4)),
                List.of(sentence(random, 3)), List.of(sentence(random, 5)), null, Extras.NONE);
        EmotionCurve curve = new EmotionCurve("curve-1", "Ist-Zustand", new Colour(0xC0, 0x39, 0x2B), persona.id(), points);
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        return new JourneyMap("Generated map with " + cards + " cards", sentence(random, 12), Language.DE, "bench",
                t, t, List.of(persona), phases, lanes, list, List.of(curve), Extras.NONE);
    }

    private static Card card(Random random, String id, String phaseId, String laneId, int order, LaneKind lane) {
        String title = sentence(random, 1 + random.nextInt(7));
        Card card = switch (lane) {
            case TOUCHPOINTS -> Card.touchpoint(id, phaseId, laneId, order,
                    TouchpointType.values()[random.nextInt(TouchpointType.values().length - 1)], title);
            case PAIN_POINTS -> Card.painPoint(id, phaseId, laneId, order, title, 1 + random.nextInt(5));
            case OPPORTUNITIES -> Card.opportunity(id, phaseId, laneId, order, title, 1 + random.nextInt(5),
                    1 + random.nextInt(5));
            case ACTIONS -> Card.of(id, phaseId, laneId, order, CardKind.ACTION, title);
            case THOUGHTS -> Card.of(id, phaseId, laneId, order, CardKind.THOUGHT, title);
            case KPIS -> Card.of(id, phaseId, laneId, order, CardKind.KPI, title);
            case BACKSTAGE -> Card.of(id, phaseId, laneId, order, CardKind.BACKSTAGE, title);
            default -> Card.of(id, phaseId, laneId, order, CardKind.NOTE, title);
        };
        if (random.nextInt(4) == 0) {
            card = card.withNotes(sentence(random, 10 + random.nextInt(20)));
        }
        if (random.nextInt(3) == 0) {
            card = card.withEmotion(random.nextInt(5) - 2);
        }
        return card;
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static Colour colour(Random random) {
        return new Colour(150 + random.nextInt(100), 150 + random.nextInt(100), 150 + random.nextInt(100));
    }

}
