package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.edit.EditArbitraries;
import org.journeyboard.edit.EditRecipe;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;

/**
 * A layout made from the previous one ({@link MapLayout#of(JourneyMap, LayoutStyle, MapLayout)}) is exactly the
 * layout made from scratch: after random card edits (titles long and short, moves within and between cells, scores,
 * deletions), structure edits (phases, lanes, curves, personas) and jumps back and forth in the versions (undo, redo),
 * on small maps and on generated ones with wrapped titles and an emotion lane. Every part is compared, and the index
 * behind {@code card}, {@code cardsIn} and {@code hitTest} is asked the same questions of both.
 */
class IncrementalLayoutPropertiesTest {
    private static final String[] WORDS = {"Kunde", "ruft", "an", "Rückfrage", "zur", "Lieferung", "checkout",
        "Newsletter-Anmeldung", "Größe", "Zahlung", "€ 49,90", "", "Bewertung", "Termin", "Wartungsvertrag"};

    /** What happens next: mostly an edit of one card, sometimes any edit, sometimes a jump to another version. */
    record Step(int action, int a, int b, int c, String text, EditRecipe recipe) {
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return Arbitraries.oneOf(EditArbitraries.maps(),
                Arbitraries.integers().between(0, 80).flatMap(n -> Arbitraries.longs().map(seed ->
                        GeneratedMaps.withCards(n, seed))));
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        Arbitrary<Integer> any = Arbitraries.integers().between(-5, 200);
        Arbitrary<String> titles = Arbitraries.of(WORDS).list().ofMaxSize(16).map(w -> String.join(" ", w));
        return Combinators.combine(Arbitraries.integers().between(0, 9), any, any, any, titles,
                EditArbitraries.recipes()).as(Step::new).list().ofMinSize(1).ofMaxSize(20);
    }

    /** The standard style, and margins that put every row at a fraction of a point, where sums may round. */
    @Provide
    Arbitrary<LayoutStyle> styles() {
        return Arbitraries.of(LayoutStyle.STANDARD, LayoutStyle.STANDARD.withMargin(0.1),
                LayoutStyle.STANDARD.withMargin(1e6 + 0.3));
    }

    @Property(tries = 300)
    void aLayoutMadeFromThePreviousOneIsTheLayoutMadeFromScratch(@ForAll("maps") JourneyMap start,
                                                                 @ForAll("sessions") List<Step> steps,
                                                                 @ForAll("styles") LayoutStyle style) {
        List<JourneyMap> versions = new ArrayList<>(List.of(start));
        JourneyMap map = start;
        MapLayout shown = MapLayout.of(map, style);
        for (Step step : steps) {
            JourneyMap next = step(map, versions, step);
            MapLayout kept = MapLayout.of(next, style, shown);
            assertSameLayout(kept, MapLayout.of(next, style), next);
            Statistics.label("cells kept").collect(kept.cardsReplacedSince(shown).isPresent());
            map = next;
            shown = kept;
        }
    }

    private static JourneyMap step(JourneyMap map, List<JourneyMap> versions, Step s) {
        List<Card> cards = map.cards();
        JourneyMap next = map;
        if (s.action() == 0 || s.action() == 1) {
            next = versions.get(Math.floorMod(s.a(), versions.size()));
            return next;
        }
        if (cards.isEmpty() || s.action() >= 7) {
            for (Edit edit : s.recipe().on(map)) {
                next = edit.apply(next);
            }
        } else {
            Card card = cards.get(Math.floorMod(s.a(), cards.size()));
            Edit edit = switch (s.action()) {
                case 2, 3 -> CardEdits.setCardTitle(card.id(), s.text());
                case 4 -> CardEdits.moveCard(card.id(), pick(map.phases(), s.b()).id(), s.c() % 3 == 0
                        ? card.laneId() : pick(map.lanes(), s.c()).id(), s.b() % 7);
                case 5 -> CardEdits.setCardEmotion(card.id(), s.b() % 4 == 0 ? null : Math.floorMod(s.b(), 5) - 2);
                default -> CardEdits.setCardNotes(card.id(), s.text());
            };
            next = edit.apply(map);
        }
        versions.add(next);
        return next;
    }

    private static <T> T pick(List<T> items, int n) {
        return items.get(Math.floorMod(n, items.size()));
    }

    static void assertSameLayout(MapLayout actual, MapLayout expected, JourneyMap map) {
        assertThat(actual.cards()).isEqualTo(expected.cards());
        assertThat(actual.lanes()).isEqualTo(expected.lanes());
        assertThat(actual.phases()).isEqualTo(expected.phases());
        assertThat(actual.emotionLanes()).isEqualTo(expected.emotionLanes());
        assertThat(actual.personas()).isEqualTo(expected.personas());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.grid()).isEqualTo(expected.grid());
        assertThat(actual.width()).isEqualTo(expected.width());
        assertThat(actual.height()).isEqualTo(expected.height());
        assertThat(actual.style()).isEqualTo(expected.style());
        for (Card card : map.cards()) {
            assertThat(actual.card(card.id())).as(card.id()).isEqualTo(expected.card(card.id()));
        }
        List<Rect> areas = new ArrayList<>(List.of(expected.bounds(), expected.grid()));
        for (LaneBox lane : expected.lanes()) {
            areas.add(lane.row());
        }
        for (int i = 0; i < expected.phases().size(); i++) {
            areas.add(expected.phases().get(i).column());
        }
        Rect grid = expected.grid();
        for (double y = grid.y() - 50; y < grid.bottom() + 50; y += 97) {
            areas.add(new Rect(grid.x(), y, grid.width(), 61));
            areas.add(new Rect(grid.x() + grid.width() / 3, y, 7, 0));
        }
        for (CardBox box : expected.cards()) {
            Rect r = box.rect();
            areas.add(r);
            for (double[] p : new double[][] {{r.x(), r.y()}, {r.centerX(), r.centerY()}, {r.right(), r.bottom()},
                {r.right() - 0.5, r.bottom() - 0.5}, {r.x() - 1, r.centerY()}, {r.centerX(), r.bottom() + 1}}) {
                assertThat(actual.hitTest(p[0], p[1])).as("hit at %s, %s", p[0], p[1])
                        .isEqualTo(expected.hitTest(p[0], p[1]));
                assertThat(actual.index().at(p[0], p[1])).as("card at %s, %s", p[0], p[1])
                        .isEqualTo(topmost(expected.cards(), p[0], p[1]));
            }
        }
        for (Rect area : areas) {
            assertThat(actual.cardsIn(area)).as("cards in %s", area)
                    .isEqualTo(expected.cards().stream().filter(b -> b.rect().intersects(area)).toList());
        }
    }

    /** The last card in drawing order that contains the point: the one drawn on top. */
    private static CardBox topmost(List<CardBox> cards, double x, double y) {
        CardBox top = null;
        for (CardBox b : cards) {
            if (b.rect().contains(x, y)) {
                top = b;
            }
        }
        return top;
    }
}
