package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.journeyboard.model.Card;
import org.journeyboard.model.Lane;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.TouchpointType;
import org.junit.jupiter.api.Test;

class CardCommandsTest {
    private final MapDocument doc = new MapDocument(EditorMaps.small(), null, Locale.ENGLISH);
    private final EditorMaps.MemoryClipboard clipboard = new EditorMaps.MemoryClipboard();
    private final CardCommands commands = new CardCommands(doc, clipboard);

    @Test
    void aNewCardLandsWhereAskedSelectedAndIsOneUndoStep() {
        String id = commands.addCard(CardKind.TOUCHPOINT, TouchpointType.NEWSLETTER, "aware", "touch", 1);
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("a0", id, "a1");
        Card card = doc.map().card(id).orElseThrow();
        assertThat(card.touchpoint().type()).isEqualTo(TouchpointType.NEWSLETTER);
        assertThat(card.title()).isEqualTo("New card");
        assertThat(doc.selectedCardIds()).containsExactly(id);
        doc.undo();
        assertThat(doc.map()).isEqualTo(EditorMaps.small());
    }

    @Test
    void aPainPointStartsWithAMiddleSeverity() {
        String id = commands.addCard(CardKind.PAIN_POINT, null, "buy", "pain", 0);
        assertThat(doc.map().card(id).orElseThrow().severity()).isEqualTo(3);
    }

    @Test
    void deleteRemovesTheSelectedCardsOrTheSelectedCurvePoint() {
        doc.select(new Selection.Cards(List.of("a0", "b0")));
        commands.deleteSelection();
        assertThat(doc.map().cards()).extracting(Card::id).containsExactly("a1");
        doc.select(new Selection.CurvePointSelected("c", "k1"));
        commands.deleteSelection();
        assertThat(doc.map().curve("c").orElseThrow().points()).isEmpty();
    }

    @Test
    void duplicateSelectsTheCopiesRightAfterTheirOriginals() {
        doc.select(new Selection.Cards(List.of("a0")));
        commands.duplicateSelection();
        String copy = doc.selectedCardIds().get(0);
        assertThat(copy).isNotEqualTo("a0");
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("a0", copy, "a1");
        assertThat(doc.map().card(copy).orElseThrow().title()).isEqualTo("Sees an advert");
    }

    @Test
    void findMatchesTitlesAndNotesIgnoringCase() {
        assertThat(commands.find("NEIGHBOUR")).containsExactly("a1");
        assertThat(commands.find("  ")).isEmpty();
        assertThat(commands.find("s")).containsExactly("a0", "a1", "b0");
    }

    @Test
    void copyThenPasteIntoTheSelectedCellMakesNewCardsThere() {
        doc.select(new Selection.Cards(List.of("a0", "a1")));
        assertThat(commands.copy()).isTrue();
        assertThat(clipboard.plain).contains("Sees an advert").contains("Asks a neighbour");
        doc.select(new Selection.CellSelected("buy", "pain"));
        List<String> pasted = commands.paste();
        assertThat(pasted).hasSize(2).doesNotContain("a0", "a1");
        assertThat(EditorMaps.cell(doc.map(), "buy", "pain")).containsExactlyElementsOf(pasted);
        assertThat(doc.selectedCardIds()).containsExactlyElementsOf(pasted);
        doc.undo();
        assertThat(doc.map()).isEqualTo(EditorMaps.small());
    }

    @Test
    void pasteIntoAnotherMapKeepsPhaseAndLaneWhereTheyExist() {
        doc.select(new Selection.Cards(List.of("b0")));
        commands.copy();
        JourneyMap other = EditorMaps.small().withCards(List.of());
        MapDocument second = new MapDocument(other, null, Locale.ENGLISH);
        List<String> pasted = new CardCommands(second, clipboard).paste();
        Card card = second.map().card(pasted.get(0)).orElseThrow();
        assertThat(card.phaseId()).isEqualTo("buy");
        assertThat(card.laneId()).isEqualTo("touch");
        assertThat(card.title()).isEqualTo("Signs the contract");
    }

    @Test
    void pasteWithNothingSelectedNeverLandsInAHiddenOrAnEmotionLane() {
        doc.select(new Selection.Cards(List.of("b0")));
        commands.copy();
        JourneyMap small = EditorMaps.small();
        Lane touch = small.lane("touch").orElseThrow().withHidden(true);
        Lane feel = small.lane("feel").orElseThrow();
        Lane pain = small.lane("pain").orElseThrow();
        MapDocument second = new MapDocument(small.withCards(List.of()).withLanes(List.of(feel, touch, pain)), null,
                Locale.ENGLISH);
        CardCommands secondCommands = new CardCommands(second, clipboard);
        List<String> pasted = secondCommands.paste();
        assertThat(second.map().card(pasted.get(0)).orElseThrow().laneId()).as("touch is hidden").isEqualTo("pain");

        second.select(Selection.NONE);
        clipboard.put(null, "A note from elsewhere");
        List<String> notes = secondCommands.paste();
        assertThat(second.map().card(notes.get(0)).orElseThrow().laneId()).as("feel is the emotion lane")
                .isEqualTo("pain");
    }

    @Test
    void plainTextFromOtherProgramsBecomesNoteCards() {
        clipboard.put(null, "Call the hotline\n\n  Wait for the technician ");
        doc.select(new Selection.CellSelected("buy", "pain"));
        List<String> pasted = commands.paste();
        assertThat(pasted).hasSize(2);
        assertThat(doc.map().cardsIn("buy", "pain")).extracting(Card::title)
                .containsExactly("Call the hotline", "Wait for the technician");
        assertThat(doc.map().cardsIn("buy", "pain")).extracting(Card::kind).containsOnly(CardKind.NOTE);
    }

    @Test
    void cutRemovesAndPasteBringsBack() {
        doc.select(new Selection.Cards(List.of("b0")));
        commands.cut();
        assertThat(doc.map().card("b0")).isEmpty();
        doc.select(new Selection.CellSelected("buy", "touch"));
        commands.paste();
        assertThat(doc.map().cardsIn("buy", "touch")).extracting(Card::title).containsExactly("Signs the contract");
    }

    @Test
    void selectAllSelectsEveryCard() {
        commands.selectAll();
        assertThat(doc.selectedCardIds()).containsExactlyInAnyOrder("a0", "a1", "b0");
    }

    @Test
    void ctrlArrowsMoveCardsAcrossPhasesAndWithinCellsAsOneStep() {
        doc.select(new Selection.Cards(List.of("a0")));
        commands.moveSelected(Direction.DOWN);
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("a1", "a0");
        commands.moveSelected(Direction.RIGHT);
        assertThat(EditorMaps.cell(doc.map(), "buy", "touch")).containsExactly("b0", "a0");
        commands.moveSelected(Direction.RIGHT);
        assertThat(EditorMaps.cell(doc.map(), "buy", "touch")).containsExactly("b0", "a0");
        commands.moveSelected(Direction.DOWN);
        // the emotion lane holds no cards, so a card leaving the touchpoint cell downwards lands in pain points
        assertThat(EditorMaps.cell(doc.map(), "buy", "pain")).containsExactly("a0");
        doc.undo();
        assertThat(EditorMaps.cell(doc.map(), "buy", "touch")).containsExactly("b0", "a0");
    }

    @Test
    void ctrlArrowsMoveSeveralCardsTheSameWhateverOrderTheyWereClickedIn() {
        doc.apply(org.journeyboard.edit.CardEdits.moveCard("b0", "aware", "touch", 0));
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("b0", "a0", "a1");
        doc.select(new Selection.Cards(List.of("a1", "a0")));
        commands.moveSelected(Direction.UP);
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("a0", "a1", "b0");
        doc.select(new Selection.Cards(List.of("a0", "a1")));
        commands.moveSelected(Direction.DOWN);
        assertThat(EditorMaps.cell(doc.map(), "aware", "touch")).containsExactly("b0", "a0", "a1");
        doc.select(new Selection.Cards(List.of("a1", "a0")));
        commands.moveSelected(Direction.RIGHT);
        assertThat(EditorMaps.cell(doc.map(), "buy", "touch")).as("their order survives the move")
                .containsExactly("a0", "a1");
    }

    @Test
    void whenTheLeadingCardIsAtTheMapsEdgeNoneOfTheGroupMoves() {
        doc.select(new Selection.Cards(List.of("a1", "a0")));
        JourneyMap before = doc.map();
        commands.moveSelected(Direction.UP);
        assertThat(doc.map()).as("a0 tops the top lane").isEqualTo(before);
        doc.select(new Selection.Cards(List.of("a0", "b0")));
        commands.moveSelected(Direction.LEFT);
        assertThat(doc.map()).as("a0 is in the first phase").isEqualTo(before);
    }
}
