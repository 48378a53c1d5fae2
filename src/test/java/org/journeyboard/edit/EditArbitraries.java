package org.journeyboard.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

/** jqwik generators for small well-formed journey maps and for sequences of edits on them. */
public final class EditArbitraries {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private EditArbitraries() {
    }

    /** A card's cell and content, picked by number; its order is assigned densely per cell afterwards. */
    private record CardSeed(int phase, int lane, CardKind kind, String title) {
    }

    /** A curve with some points, each picking its phase by number. */
    private record CurveSeed(int persona, List<Integer> pointPhases, List<Integer> scores) {
    }

    public static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcÄö ").ofMaxLength(4);
    }

    /** Maps with 1–4 phases, 1–3 lanes, up to 14 cards (orders dense per cell), up to 2 personas and 2 curves. */
    public static Arbitrary<JourneyMap> maps() {
        Arbitrary<CardSeed> cardSeeds = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.of(CardKind.class), texts()).as(CardSeed::new);
        Arbitrary<CurveSeed> curveSeeds = Combinators.combine(Arbitraries.integers().between(-1, 1),
                Arbitraries.integers().between(0, 3).list().ofMaxSize(4),
                Arbitraries.integers().between(-2, 2).list().ofSize(4)).as(CurveSeed::new);
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3),
                cardSeeds.list().ofMaxSize(14), Arbitraries.integers().between(0, 2), curveSeeds.list().ofMaxSize(2),
                texts()).as(EditArbitraries::map);
    }

    /** Sequences of up to 25 edit recipes, each resolved against the map at the moment it is applied. */
    static Arbitrary<List<EditRecipe>> editSequences() {
        return recipes().list().ofMaxSize(25);
    }

    public static Arbitrary<EditRecipe> recipes() {
        Arbitrary<Integer> any = Arbitraries.integers().between(-3, 40);
        return Combinators.combine(Arbitraries.integers().between(0, EditRecipe.KINDS - 1), any, any, any, texts())
                .as(EditRecipe::new);
    }

    private static JourneyMap map(int phaseCount, int laneCount, List<CardSeed> cardSeeds, int personaCount,
                                  List<CurveSeed> curveSeeds, String title) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < phaseCount; i++) {
            phases.add(new Phase("ph" + i, "Phase " + i, new Colour(40 * i, 100, 200)));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(new Lane("ln" + i, LaneKind.values()[i], "Lane " + i));
        }
        List<Card> cards = new ArrayList<>();
        Map<String, Integer> nextOrder = new HashMap<>();
        for (int i = 0; i < cardSeeds.size(); i++) {
            CardSeed s = cardSeeds.get(i);
            String phase = "ph" + s.phase() % phaseCount;
            String lane = "ln" + s.lane() % laneCount;
            int order = nextOrder.merge(phase + "/" + lane, 1, Integer::sum) - 1;
            cards.add(Card.of("c" + i, phase, lane, order, s.kind(), s.title()));
        }
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < personaCount; i++) {
            personas.add(new Persona("pe" + i, "Persona " + i, ""));
        }
        List<EmotionCurve> curves = new ArrayList<>();
        for (int i = 0; i < curveSeeds.size(); i++) {
            CurveSeed s = curveSeeds.get(i);
            List<CurvePoint> points = new ArrayList<>();
            for (int j = 0; j < s.pointPhases().size(); j++) {
                points.add(new CurvePoint("k" + i + "-" + j, "ph" + s.pointPhases().get(j) % phaseCount,
                        j / 4.0, s.scores().get(j), ""));
            }
            String persona = s.persona() >= 0 && s.persona() < personaCount ? "pe" + s.persona() : null;
            curves.add(new EmotionCurve("curve" + i, "Curve " + i, null, persona, points));
        }
        return new JourneyMap(title, "", Language.DE, "", CREATED, CREATED.plusSeconds(60), personas, phases, lanes,
                cards, curves, Extras.NONE);
    }
}
