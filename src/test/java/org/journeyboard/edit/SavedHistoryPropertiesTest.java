package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeyboard.edit.HistoryPropertiesTest.Step;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.io.JourneyJson;
import org.journeyboard.model.Card;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/**
 * Editing sessions as a user has them (edits, undo, redo, save) with a file on disk: every state the history
 * reaches saves and loads as itself, whenever the history says "clean" the file holds exactly what is shown, and
 * undo followed by redo gives back the same map, so no card is ever lost or doubled.
 */
class SavedHistoryPropertiesTest {
    @Provide
    Arbitrary<JourneyMap> maps() {
        return EditArbitraries.maps();
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), EditArbitraries.recipes())
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 100)
    void everyStateSavesAndLoadsAsItselfAndUndoRedoKeepsEveryCard(@ForAll("maps") JourneyMap start,
                                                                   @ForAll("sessions") List<Step> session)
            throws Exception {
        ManualClock clock = new ManualClock();
        History history = new History(start, clock, History.DEFAULT_MERGE_WINDOW);
        Path file = Files.createTempFile("session", JourneyFiles.EXTENSION);
        try {
            JourneyFiles.write(start, file);
            for (Step step : session) {
                clock.advance(Duration.ofMillis(500));
                switch (step.action()) {
                    case 3 -> {
                        if (history.canUndo()) {
                            history.undo();
                        }
                    }
                    case 4 -> {
                        if (history.canRedo()) {
                            history.redo();
                        }
                    }
                    case 5 -> {
                        if (!hasBlankName(history.current())) {
                            JourneyFiles.write(history.current(), file);
                            history.markSaved();
                        }
                    }
                    default -> step.recipe().on(history.current()).forEach(history::apply);
                }
                JourneyMap now = history.current();
                assertUndoRedoIsTheIdentity(history);
                // edits never make a blank name (the format refuses them), so every state can be reopened
                assertThat(hasBlankName(now)).as("a blank name after %s", step).isFalse();
                assertThat(JourneyJson.read(JourneyJson.bytes(now), "step", Locale.ENGLISH)).isEqualTo(now);
                if (!history.isDirty()) {
                    assertThat(JourneyFiles.read(file, Locale.ENGLISH)).isEqualTo(now);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(JourneyFiles.backupOf(file));
        }
    }

    private static boolean hasBlankName(JourneyMap map) {
        return Stream.of(map.phases().stream().map(Phase::name), map.lanes().stream().map(Lane::title),
                        map.personas().stream().map(Persona::name), map.curves().stream().map(EmotionCurve::name))
                .flatMap(s -> s).anyMatch(String::isBlank);
    }

    private static void assertUndoRedoIsTheIdentity(History history) {
        JourneyMap before = history.current();
        List<String> ids = before.cards().stream().map(Card::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        if (history.canUndo()) {
            history.undo();
            assertThat(history.redo()).isEqualTo(before);
        }
    }
}
