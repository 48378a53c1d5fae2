package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeyboard.edit.TestMaps.assertWellFormed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/** Random edit sequences on random maps: edits keep maps well formed, and the history never loses a state. */
class HistoryPropertiesTest {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return EditArbitraries.maps();
    }

    @Provide
    Arbitrary<List<EditRecipe>> sequences() {
        return EditArbitraries.editSequences();
    }

    /** What to do next with the history: mostly edits, sometimes undo, redo or save. */
    record Step(int action, EditRecipe recipe) {
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), EditArbitraries.recipes())
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void everyEditKeepsTheMapWellFormedAndItsTimestamps(@ForAll("maps") JourneyMap start,
                                                        @ForAll("sequences") List<EditRecipe> recipes) {
        assertWellFormed(start);
        JourneyMap map = start;
        for (EditRecipe recipe : recipes) {
            for (Edit edit : recipe.on(map)) {
                map = edit.apply(map);
                assertWellFormed(map);
            }
        }
        assertThat(map.created()).isEqualTo(start.created());
        assertThat(map.modified()).isEqualTo(start.modified());
    }

    @Property(tries = 200)
    void undoAllGivesTheStartAndRedoAllGivesTheEnd(@ForAll("maps") JourneyMap start,
                                                   @ForAll("sequences") List<EditRecipe> recipes) {
        // a clock that stands still: every run of same-field edits merges
        History history = new History(start, new ManualClock(), History.DEFAULT_MERGE_WINDOW);
        int applied = 0;
        for (EditRecipe recipe : recipes) {
            for (Edit edit : recipe.on(history.current())) {
                history.apply(edit);
                applied++;
            }
        }
        JourneyMap end = history.current();

        List<JourneyMap> undone = new ArrayList<>();
        while (history.canUndo()) {
            undone.add(history.current());
            assertCardsIntact(history.undo());
        }
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.isDirty()).isFalse();
        assertThat(undone.size()).isLessThanOrEqualTo(applied);
        // the generator must really exercise merging, or this property proves less than it claims
        Statistics.label("typing merged").collect(undone.size() < applied);
        Statistics.label("typing merged").coverage(c -> c.check(true).percentage(p -> p >= 10));

        List<JourneyMap> redone = new ArrayList<>();
        while (history.canRedo()) {
            redone.add(assertCardsIntact(history.redo()));
        }
        assertThat(history.current()).isEqualTo(end);
        assertThat(redone).as("redo visits exactly the states undo left").isEqualTo(reversed(undone));
        assertThat(history.isDirty()).isEqualTo(!undone.isEmpty());
    }

    @Property(tries = 200)
    void historyAgreesWithAListOfStates(@ForAll("maps") JourneyMap start, @ForAll("sessions") List<Step> session) {
        ManualClock clock = new ManualClock();
        History history = new History(start, clock, History.DEFAULT_MERGE_WINDOW);
        // the reference: every state in a list, a position in it, and the saved position (-1: saved state is gone)
        List<JourneyMap> states = new ArrayList<>(List.of(start));
        int position = 0;
        int saved = 0;
        for (Step step : session) {
            // longer than the merge window, so each edit is its own step, as in the list
            clock.advance(Duration.ofSeconds(3));
            switch (step.action()) {
                case 3 -> {
                    assertThat(history.canUndo()).isEqualTo(position > 0);
                    if (position > 0) {
                        history.undo();
                        position--;
                    }
                }
                case 4 -> {
                    assertThat(history.canRedo()).isEqualTo(position < states.size() - 1);
                    if (position < states.size() - 1) {
                        history.redo();
                        position++;
                    }
                }
                case 5 -> {
                    history.markSaved();
                    saved = position;
                }
                default -> {
                    for (Edit edit : step.recipe().on(history.current())) {
                        clock.advance(Duration.ofSeconds(3));
                        JourneyMap next = edit.apply(states.get(position));
                        if (!next.equals(states.get(position))) {
                            states.subList(position + 1, states.size()).clear();
                            if (saved > position) {
                                saved = -1;
                            }
                            states.add(next);
                            position++;
                        }
                        history.apply(edit);
                    }
                }
            }
            assertThat(history.current()).isEqualTo(states.get(position));
            assertThat(history.isDirty()).isEqualTo(saved != position);
            assertCardsIntact(history.current());
        }
    }

    /** No card lost or doubled: ids unique, and the cell orders account for every card. */
    private static JourneyMap assertCardsIntact(JourneyMap map) {
        List<String> ids = map.cards().stream().map(Card::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        int inCells = 0;
        for (var phase : map.phases()) {
            for (var lane : map.lanes()) {
                inCells += map.cardsIn(phase.id(), lane.id()).size();
            }
        }
        assertThat(inCells).isEqualTo(ids.size());
        return map;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
