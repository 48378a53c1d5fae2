package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final JourneyMap start = TestMaps.small();
    private final ManualClock clock = new ManualClock();
    private final History history = new History(start, clock, Duration.ofSeconds(2));

    private String title() {
        return history.current().card("a0").orElseThrow().title();
    }

    @Test
    void startsCleanWithNothingToUndoOrRedo() {
        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.undoEdit()).isEmpty();
        assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoAndRedoWalkThroughTheExactMaps() {
        JourneyMap one = history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        JourneyMap two = history.apply(PhaseEdits.deletePhase("aware"));

        assertThat(history.undo()).isSameAs(one);
        assertThat(history.undo()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isSameAs(one);
        assertThat(history.redo()).isSameAs(two);
        assertThat(history.current()).isSameAs(two);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void undoAndRedoNameTheirEdits() {
        Edit move = CardEdits.moveCard("a0", "buy", "touch", 0);
        history.apply(move);
        assertThat(history.undoEdit()).containsSame(move);
        assertThat(history.redoEdit()).isEmpty();

        history.undo();
        assertThat(history.undoEdit()).isEmpty();
        assertThat(history.redoEdit()).containsSame(move);
    }

    @Test
    void aNewEditClearsRedo() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.undo();
        history.apply(LaneEdits.setLaneHidden("pain", true));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.current().card("a0").orElseThrow().phaseId()).isEqualTo("aware");
    }

    @Test
    void noOpEditsAreNotRecordedAndKeepRedo() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.undo();

        JourneyMap result = history.apply(CardEdits.moveCard("a1", "aware", "touch", 1));

        assertThat(result).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isTrue();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void aFailingEditChangesNothing() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        JourneyMap before = history.current();

        assertThatThrownBy(() -> history.apply(CardEdits.deleteCards(List.of("ghost"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(history.current()).isSameAs(before);
        history.undo();
        assertThat(history.current()).isSameAs(start);
    }

    @Test
    void dirtyMarkFollowsTheSavedState() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        assertThat(history.isDirty()).isTrue();

        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.apply(LaneEdits.setLaneHidden("pain", true));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("back at the saved state").isFalse();
        history.undo();
        assertThat(history.isDirty()).as("before the saved state").isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
        history.redo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void savedStateLostToANewBranchStaysDirty() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.markSaved();
        history.undo();
        history.apply(LaneEdits.setLaneHidden("pain", true));

        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("the start was never saved").isTrue();
    }

    @Test
    void typingInOneFieldMergesIntoOneStep() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        clock.advance(Duration.ofMillis(500));
        history.apply(CardEdits.setCardTitle("a0", "Fi"));
        clock.advance(Duration.ofMillis(1500));
        history.apply(CardEdits.setCardTitle("a0", "Fir"));

        assertThat(title()).isEqualTo("Fir");
        assertThat(history.undoEdit().orElseThrow().nameKey()).isEqualTo("edit.card.title");
        history.undo();
        assertThat(history.current()).isSameAs(start);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(title()).isEqualTo("Fir");
    }

    @Test
    void aPauseLongerThanTheWindowStartsANewStep() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        clock.advance(Duration.ofMillis(2001));
        history.apply(CardEdits.setCardTitle("a0", "Fi"));

        history.undo();
        assertThat(title()).isEqualTo("F");
    }

    @Test
    void theWindowCountsFromTheLatestKeystroke() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        for (String typed : List.of("Fi", "Fir", "Firs", "First!")) {
            clock.advance(Duration.ofMillis(1900));
            history.apply(CardEdits.setCardTitle("a0", typed));
        }

        history.undo();
        assertThat(history.current()).isSameAs(start);
    }

    @Test
    void differentFieldsOrCardsDoNotMerge() {
        history.apply(CardEdits.setCardTitle("a0", "A"));
        history.apply(CardEdits.setCardNotes("a0", "N"));
        history.apply(CardEdits.setCardTitle("a1", "B"));
        history.apply(CardEdits.setCardTitle("a0", "AA"));

        history.undo();
        assertThat(title()).isEqualTo("A");
        history.undo();
        assertThat(history.current().card("a1").orElseThrow().title()).isEqualTo("Second");
        history.undo();
        assertThat(history.current().card("a0").orElseThrow().notes()).isEmpty();
    }

    @Test
    void editsWithoutMergeKeyNeverMerge() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.apply(CardEdits.moveCard("a0", "after", "touch", 0));

        history.undo();
        assertThat(history.current().card("a0").orElseThrow().phaseId()).isEqualTo("buy");
    }

    @Test
    void noMergeAcrossASave() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        history.markSaved();
        history.apply(CardEdits.setCardTitle("a0", "Fi"));

        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(title()).isEqualTo("F");
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void noMergeAfterAnUndo() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        history.apply(LaneEdits.setLaneHidden("pain", true));
        history.undo();
        history.apply(CardEdits.setCardTitle("a0", "Fi"));

        history.undo();
        assertThat(title()).isEqualTo("F");
    }

    @Test
    void noMergeAfterARedo() {
        history.apply(CardEdits.setCardTitle("a0", "F"));
        history.undo();
        history.redo();
        history.apply(CardEdits.setCardTitle("a0", "Fi"));

        history.undo();
        assertThat(title()).isEqualTo("F");
    }

    @Test
    void typingBackToTheStartRemovesTheStep() {
        history.apply(LaneEdits.setLaneHidden("pain", true));
        JourneyMap hidden = history.current();
        history.apply(CardEdits.setCardTitle("a0", "Firstx"));
        history.apply(CardEdits.setCardTitle("a0", "First"));

        assertThat(history.current()).isEqualTo(hidden);
        history.undo();
        assertThat(history.current()).isSameAs(start);
    }

    @Test
    void typingBackToTheSavedTextIsClean() {
        history.apply(CardEdits.setCardTitle("a0", "Firstx"));
        history.apply(CardEdits.setCardTitle("a0", "First"));

        assertThat(history.isDirty()).isFalse();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void zeroWindowNeverMerges() {
        History strict = new History(start, clock, Duration.ZERO);
        strict.apply(CardEdits.setCardTitle("a0", "F"));
        strict.apply(CardEdits.setCardTitle("a0", "Fi"));

        strict.undo();
        assertThat(strict.current().card("a0").orElseThrow().title()).isEqualTo("F");
    }

    @Test
    void composedEditIsOneStep() {
        history.apply(Edit.compose("edit.cards.move",
                CardEdits.moveCard("a0", "buy", "touch", 0),
                CardEdits.moveCard("p0", "after", "pain", 0)));

        history.undo();
        assertThat(history.current()).isSameAs(start);
        assertThat(history.redoEdit().orElseThrow().nameKey()).isEqualTo("edit.cards.move");
    }

    @Test
    void resetStartsOverClean() {
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.undo();
        JourneyMap opened = TestMaps.small().withTitle("Opened");

        history.reset(opened);

        assertThat(history.current()).isSameAs(opened);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChangeUntilRemoved() {
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = calls::incrementAndGet;
        history.addListener(listener);

        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        history.undo();
        history.redo();
        history.markSaved();
        history.reset(start);
        assertThat(calls).as("apply, undo, redo, save, reset; the no-op is silent").hasValue(5);

        history.removeListener(listener);
        history.apply(CardEdits.moveCard("a0", "buy", "touch", 0));
        assertThat(calls).hasValue(5);
    }

    @Test
    void historyNeverStampsTheModifiedTime() {
        history.apply(MapEdits.setTitle("New"));
        assertThat(history.current().modified()).isEqualTo(TestMaps.MODIFIED);
    }

    @Test
    void aSaveBegunBeforeMoreTypingMarksOnlyItsOwnStateSaved() {
        history.apply(CardEdits.setCardTitle("a0", "Nachbar"));
        long saving = history.checkpoint();
        // typing goes on while the file is written: a new undo step, not merged into the one being saved
        history.apply(CardEdits.setCardTitle("a0", "Nachbar erzählt – „sofort“ 😀"));
        history.markSaved(saving);
        assertThat(history.isDirty()).isTrue();
        assertThat(history.isAt(saving)).isFalse();
        history.undo();
        assertThat(title()).isEqualTo("Nachbar");
        assertThat(history.isDirty()).isFalse();
        assertThat(history.isAt(saving)).isTrue();
        history.redo();
        assertThat(history.isDirty()).isTrue();
    }
}
