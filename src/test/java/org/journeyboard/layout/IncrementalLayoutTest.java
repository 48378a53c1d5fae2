package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.PhaseEdits;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

/**
 * What a layout made from the previous one keeps: the boxes of the cells an edit did not touch, as the very same
 * objects, and moved boxes below a row that grew. (That the result equals a fresh layout is
 * {@link IncrementalLayoutPropertiesTest}.)
 */
class IncrementalLayoutTest {
    private final JourneyMap map = GeneratedMaps.withCards(2000, 42);
    private final MapLayout before = MapLayout.of(map);

    @Test
    void changingACardsNotesPlacesOnlyItsCellAgain() {
        CardBox card = before.cards().get(500);
        MapLayout after = MapLayout.of(CardEdits.setCardNotes(card.cardId(), "neu").apply(map),
                LayoutStyle.STANDARD, before);

        MapLayout.ReplacedCards replaced = after.cardsReplacedSince(before).orElseThrow();
        List<CardBox> cell = before.cards().stream().filter(b -> inCellOf(b, card)).toList();
        assertThat(replaced.before()).isEqualTo(cell);
        assertThat(replaced.now()).isEqualTo(cell);
        for (int i = 0; i < before.cards().size(); i++) {
            if (!inCellOf(before.cards().get(i), card)) {
                assertThat(after.cards().get(i)).isSameAs(before.cards().get(i));
            }
        }
    }

    @Test
    void aCardThatGrowsItsRowMovesTheRowsBelowAndKeepsThoseAbove() {
        CardBox card = before.cards().get(before.cards().size() / 2);
        LaneBox lane = before.lane(card.laneId()).orElseThrow();
        String longTitle = "Kunde ruft an und fragt nach der Lieferung, ".repeat(6);
        MapLayout after = MapLayout.of(CardEdits.setCardTitle(card.cardId(), longTitle).apply(map),
                LayoutStyle.STANDARD, before);

        double grown = after.lane(card.laneId()).orElseThrow().row().height() - lane.row().height();
        assertThat(grown).as("the row grew").isPositive();
        for (int i = 0; i < before.cards().size(); i++) {
            CardBox was = before.cards().get(i);
            CardBox now = after.cards().get(i);
            if (was.rect().y() < lane.row().y()) {
                assertThat(now).isSameAs(was);
            } else if (was.rect().y() >= lane.row().bottom()) {
                assertThat(now).isNotSameAs(was);
                assertThat(now.rect().y()).isEqualTo(was.rect().y() + grown);
            }
        }
        assertThat(after.cardsReplacedSince(before)).isPresent();
    }

    @Test
    void aChangedPhaseLaysOutTheMapFromScratch() {
        MapLayout after = MapLayout.of(PhaseEdits.renamePhase(map.phases().get(0).id(), "Anders").apply(map),
                LayoutStyle.STANDARD, before);

        assertThat(after.cardsReplacedSince(before)).isEmpty();
        assertThat(after.cards().get(0)).isNotSameAs(before.cards().get(0));
    }

    @Test
    void aLayoutKnowsOnlyWhatChangedSinceTheLayoutItWasMadeFrom() {
        MapLayout after = MapLayout.of(CardEdits.setCardNotes(before.cards().get(3).cardId(), "neu").apply(map),
                LayoutStyle.STANDARD, before);

        assertThat(after.cardsReplacedSince(MapLayout.of(map))).isEmpty();
        assertThat(MapLayout.of(map).cardsReplacedSince(before)).isEmpty();
    }

    private static boolean inCellOf(CardBox box, CardBox card) {
        return box.phaseId().equals(card.phaseId()) && box.laneId().equals(card.laneId());
    }
}
