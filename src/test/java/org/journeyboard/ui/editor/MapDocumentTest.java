package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.edit.MapEdits;
import org.junit.jupiter.api.Test;

class MapDocumentTest {
    private final MapDocument doc = new MapDocument(EditorMaps.small(), Path.of("a.journey.json"), Locale.ENGLISH);

    @Test
    void anEditMakesTheDocumentDirtyAndNamesItsUndo() {
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo");
        doc.apply(CardEdits.deleteCards(List.of("a0")));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.canUndoProperty().get()).isTrue();
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Delete card");
        doc.undo();
        assertThat(doc.map()).isEqualTo(EditorMaps.small());
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.redoTextProperty().get()).isEqualTo("Redo Delete card");
    }

    @Test
    void undoNamesAreGermanInAGermanDocument() {
        MapDocument de = new MapDocument(EditorMaps.small(), null, Locale.GERMAN);
        de.apply(CardEdits.deleteCards(List.of("a0")));
        assertThat(de.undoTextProperty().get()).startsWith("Rückgängig").contains("Karte");
    }

    @Test
    void theSelectionForgetsCardsThatAreGone() {
        doc.select(new Selection.Cards(List.of("a0", "b0")));
        doc.apply(CardEdits.deleteCards(List.of("a0")));
        assertThat(doc.selectedCardIds()).containsExactly("b0");
        doc.apply(CardEdits.deleteCards(List.of("b0")));
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
    }

    @Test
    void selectingSomethingThatDoesNotExistSelectsNothing() {
        doc.select(new Selection.PhaseSelected("nope"));
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
        doc.select(new Selection.CurvePointSelected("c", "k1"));
        assertThat(doc.selection()).isEqualTo(new Selection.CurvePointSelected("c", "k1"));
    }

    @Test
    void savingClearsTheDirtyMarkAndRemembersTheFile() {
        doc.apply(MapEdits.setTitle("Other"));
        doc.markSaved(Path.of("b.journey.json"));
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.file()).isEqualTo(Path.of("b.journey.json"));
    }

    @Test
    void theLayoutFollowsTheMap() {
        assertThat(doc.layout().card("a0")).isPresent();
        doc.apply(CardEdits.deleteCards(List.of("a0")));
        assertThat(doc.layout().card("a0")).isEmpty();
    }

    @Test
    void aCellSelectionInAHiddenLaneIsDroppedOneInTheEmotionLaneStays() {
        doc.select(new Selection.CellSelected("aware", "feel"));
        assertThat(doc.selection()).as("the keyboard adds points there").isEqualTo(new Selection.CellSelected("aware", "feel"));
        doc.select(new Selection.CellSelected("aware", "pain"));
        assertThat(doc.selection()).isEqualTo(new Selection.CellSelected("aware", "pain"));
        doc.apply(LaneEdits.setLaneHidden("pain", true));
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
    }
}
