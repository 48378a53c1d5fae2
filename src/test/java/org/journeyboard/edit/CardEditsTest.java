package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeyboard.edit.TestMaps.assertWellFormed;
import static org.journeyboard.edit.TestMaps.cell;

import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

class CardEditsTest {
    private final JourneyMap map = TestMaps.small();

    @Test
    void addCardInsertsAtItsOrderAndRenumbersTheCell() {
        JourneyMap after = CardEdits.addCard(Card.of("new", "aware", "touch", 1, CardKind.THOUGHT, "New")).apply(map);

        assertThat(cell(after, "aware", "touch")).containsExactly("a0", "new", "a1", "a2");
        assertThat(after.card("a2").orElseThrow().order()).isEqualTo(3);
        assertThat(after.cards()).hasSize(6);
        assertWellFormed(after);
    }

    @Test
    void addCardWithALargeOrderAppends() {
        JourneyMap after = CardEdits.addCard(Card.of("new", "after", "pain", 99, CardKind.NOTE, "x")).apply(map);

        assertThat(after.card("new").orElseThrow().order()).isZero();
        assertWellFormed(after);
    }

    @Test
    void addCardRefusesDuplicateIdsAndUnknownCells() {
        assertThatThrownBy(() -> CardEdits.addCard(Card.of("a0", "aware", "touch", 0, CardKind.NOTE, "")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a0");
        assertThatThrownBy(() -> CardEdits.addCard(Card.of("n", "nowhere", "touch", 0, CardKind.NOTE, "")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase").hasMessageContaining("nowhere");
        assertThatThrownBy(() -> CardEdits.addCard(Card.of("n", "aware", "nolane", 0, CardKind.NOTE, "")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lane").hasMessageContaining("nolane");
    }

    @Test
    void moveCardToAnotherCellClosesTheGapAndOpensOneAtTheIndex() {
        JourneyMap after = CardEdits.moveCard("a0", "buy", "touch", 0).apply(map);

        assertThat(cell(after, "aware", "touch")).containsExactly("a1", "a2");
        assertThat(after.card("a1").orElseThrow().order()).isZero();
        assertThat(cell(after, "buy", "touch")).containsExactly("a0", "b0");
        assertThat(after.card("b0").orElseThrow().order()).isEqualTo(1);
        assertWellFormed(after);
    }

    @Test
    void moveCardWithinItsCellCountsTheIndexAmongTheOtherCards() {
        assertThat(cell(CardEdits.moveCard("a0", "aware", "touch", 2).apply(map), "aware", "touch"))
                .containsExactly("a1", "a2", "a0");
        assertThat(cell(CardEdits.moveCard("a2", "aware", "touch", 0).apply(map), "aware", "touch"))
                .containsExactly("a2", "a0", "a1");
        assertThat(cell(CardEdits.moveCard("a1", "aware", "touch", Integer.MAX_VALUE).apply(map), "aware", "touch"))
                .containsExactly("a0", "a2", "a1");
    }

    @Test
    void movingACardToWhereItIsChangesNothing() {
        assertThat(CardEdits.moveCard("a1", "aware", "touch", 1).apply(map)).isEqualTo(map);
    }

    @Test
    void moveCardKeepsTheCardListOrderSoTheFileDiffStaysSmall() {
        JourneyMap after = CardEdits.moveCard("b0", "after", "pain", 0).apply(map);

        assertThat(after.cards().stream().map(Card::id)).containsExactly("a1", "a0", "b0", "a2", "p0");
    }

    @Test
    void moveCardsMovesASelectionTogetherInReadingOrder() {
        JourneyMap after = CardEdits.moveCards(List.of("p0", "b0", "a2"), "after", "touch", 0).apply(map);

        assertThat(cell(after, "after", "touch")).containsExactly("a2", "p0", "b0");
        assertThat(cell(after, "aware", "touch")).containsExactly("a0", "a1");
        assertThat(cell(after, "aware", "pain")).isEmpty();
        assertThat(cell(after, "buy", "touch")).isEmpty();
        assertWellFormed(after);
    }

    @Test
    void moveCardsIntoTheMiddleOfACell() {
        JourneyMap after = CardEdits.moveCards(List.of("b0", "p0"), "aware", "touch", 1).apply(map);

        assertThat(cell(after, "aware", "touch")).containsExactly("a0", "p0", "b0", "a1", "a2");
        assertWellFormed(after);
    }

    @Test
    void moveRefusesUnknownCardsAndCells() {
        assertThatThrownBy(() -> CardEdits.moveCard("ghost", "buy", "touch", 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the map has no card with id 'ghost'");
        assertThatThrownBy(() -> CardEdits.moveCards(List.of("a0"), "buy", "ghost", 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the map has no lane with id 'ghost'");
    }

    @Test
    void updateCardChangesContentButNotThePlace() {
        JourneyMap after = CardEdits.updateCard("p0", c -> c.withSeverity(5).withTitle("Ads everywhere")).apply(map);

        assertThat(after.card("p0").orElseThrow().severity()).isEqualTo(5);
        assertThat(after.card("p0").orElseThrow().title()).isEqualTo("Ads everywhere");
        assertThatThrownBy(() -> CardEdits.updateCard("p0", c -> c.withOrder(3)).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moveCard");
        Card replacement = map.card("b0").orElseThrow().withNotes("cash only");
        assertThat(CardEdits.updateCard(replacement).apply(map).card("b0")).contains(replacement);
    }

    @Test
    void titleAndNotesEditsMergePerCardAndField() {
        assertThat(CardEdits.setCardTitle("a0", "x").apply(map).card("a0").orElseThrow().title()).isEqualTo("x");
        assertThat(CardEdits.setCardNotes("a0", "y").apply(map).card("a0").orElseThrow().notes()).isEqualTo("y");
        assertThat(CardEdits.setCardTitle("a0", "x").mergeKey()).contains("card:a0:title");
        assertThat(CardEdits.setCardNotes("a0", "y").mergeKey()).contains("card:a0:notes");
        assertThat(CardEdits.setCardTitle("a1", "x").mergeKey()).isNotEqualTo(CardEdits.setCardTitle("a0", "x").mergeKey());
        assertThatThrownBy(() -> CardEdits.setCardTitle("ghost", "x").apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
    }

    @Test
    void emotionIsCheckedAndCanBeCleared() {
        JourneyMap felt = CardEdits.setCardEmotion("a0", -2).apply(map);
        assertThat(felt.card("a0").orElseThrow().emotion()).isEqualTo(-2);
        assertThat(CardEdits.setCardEmotion("a0", null).apply(felt).card("a0").orElseThrow().emotion()).isNull();
        assertThatThrownBy(() -> CardEdits.setCardEmotion("a0", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteCardsClosesTheGaps() {
        JourneyMap after = CardEdits.deleteCards(List.of("a0", "p0")).apply(map);

        assertThat(after.card("a0")).isEmpty();
        assertThat(after.card("p0")).isEmpty();
        assertThat(cell(after, "aware", "touch")).containsExactly("a1", "a2");
        assertThat(after.card("a2").orElseThrow().order()).isEqualTo(1);
        assertWellFormed(after);
        assertThatThrownBy(() -> CardEdits.deleteCards(List.of("a0", "ghost")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
    }

    @Test
    void duplicateCardsPutsEachCopyRightAfterItsOriginal() {
        JourneyMap after = CardEdits.duplicateCards(List.of("a0", "b0"), List.of("a0c", "b0c")).apply(map);

        assertThat(cell(after, "aware", "touch")).containsExactly("a0", "a0c", "a1", "a2");
        assertThat(cell(after, "buy", "touch")).containsExactly("b0", "b0c");
        assertThat(after.card("a0c").orElseThrow().title()).isEqualTo("First");
        assertWellFormed(after);
    }

    @Test
    void duplicateCardsNeedsOneFreshIdPerCard() {
        assertThatThrownBy(() -> CardEdits.duplicateCards(List.of("a0", "b0"), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardEdits.duplicateCards(List.of("a0", "b0"), List.of("x", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardEdits.duplicateCards(List.of("a0"), List.of("b0")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already uses");
    }

    @Test
    void cardEditsHaveDistinctNamesForOneAndManyCards() {
        assertThat(CardEdits.moveCards(List.of("a0"), "buy", "touch", 0).nameKey()).isEqualTo("edit.card.move");
        assertThat(CardEdits.moveCards(List.of("a0", "a1"), "buy", "touch", 0).nameKey()).isEqualTo("edit.cards.move");
        assertThat(CardEdits.deleteCards(List.of("a0", "a1")).nameKey()).isEqualTo("edit.cards.delete");
    }

    @Test
    void everyVoteIsAnUndoStepOfItsOwnAndNoVoteGoesBelowZero() {
        History history = new History(map);
        history.apply(CardEdits.addVote("p0"));
        history.apply(CardEdits.addVote("p0"));
        history.apply(CardEdits.addVote("a0"));
        assertThat(history.current().card("p0").orElseThrow().votes()).isEqualTo(2);
        assertThat(history.current().card("a0").orElseThrow().votes()).isEqualTo(1);

        history.undo();
        history.undo();
        assertThat(history.current().card("p0").orElseThrow().votes()).isEqualTo(1);
        assertThat(history.current().card("a0").orElseThrow().votes()).isZero();

        history.apply(CardEdits.removeVote("p0"));
        assertThat(history.current().card("p0").orElseThrow().votes()).isZero();
        JourneyMap none = history.current();
        assertThat(CardEdits.removeVote("p0").apply(none)).as("no dot to take off").isEqualTo(none);
        assertThat(CardEdits.addVote("p0").nameKey()).isEqualTo("edit.card.vote.add");
        assertThat(CardEdits.removeVote("p0").nameKey()).isEqualTo("edit.card.vote.remove");
        assertThatThrownBy(() -> CardEdits.addVote("nowhere").apply(map))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void votesStopAtTheMaximumAFileMayHold() {
        JourneyMap full = map.mapCard("p0", c -> c.withVotes(Card.MAX_VOTES));
        assertThat(CardEdits.addVote("p0").apply(full)).isEqualTo(full);
    }
}
