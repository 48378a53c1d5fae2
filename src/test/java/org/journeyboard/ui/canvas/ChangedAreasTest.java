package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class ChangedAreasTest {
    private final JourneyMap map = GeneratedMaps.withCards(300, 11);
    private final MapLayout before = MapLayout.of(map);

    @Test
    void aRetitledCardAndTheCardsItPushesAreTheChangedAreas() {
        CardBox card = before.cards().get(42);
        MapLayout now = MapLayout.of(CardEdits.setCardTitle(card.cardId(), "Anders").apply(map));

        List<Rect> expected = new ArrayList<>();
        for (CardBox box : now.cards()) {
            CardBox old = before.card(box.cardId()).orElseThrow();
            if (!box.equals(old)) {
                expected.add(box.rect().inflate(ChangedAreas.CARD_BLEED));
                expected.add(old.rect().inflate(ChangedAreas.CARD_BLEED));
            }
        }
        assertThat(expected).contains(card.rect().inflate(ChangedAreas.CARD_BLEED));
        assertThat(ChangedAreas.between(before, now)).contains(expected);
    }

    @Test
    void theSameMapLaidOutAgainChangesNothing() {
        assertThat(ChangedAreas.between(before, MapLayout.of(map))).contains(List.of());
    }

    @Test
    void aMovedCardChangesWhereItWasAndWhereItIs() {
        CardBox card = before.cards().get(0);
        String otherPhase = map.phases().get(map.phases().size() - 1).id();
        MapLayout now = MapLayout.of(CardEdits.moveCard(card.cardId(), otherPhase, card.laneId(), Integer.MAX_VALUE)
                .apply(map));
        CardBox after = now.card(card.cardId()).orElseThrow();

        // the drawing order changed or not: either everything counts as changed, or both places do
        ChangedAreas.between(before, now).ifPresent(areas -> assertThat(areas)
                .contains(card.rect().inflate(ChangedAreas.CARD_BLEED), after.rect().inflate(ChangedAreas.CARD_BLEED)));
    }

    @Test
    void aDeletedCardChangesWhereItWas() {
        CardBox card = before.cards().get(7);
        MapLayout now = MapLayout.of(CardEdits.deleteCards(List.of(card.cardId())).apply(map));
        ChangedAreas.between(before, now).ifPresent(areas -> assertThat(areas)
                .contains(card.rect().inflate(ChangedAreas.CARD_BLEED)));
        assertThat(now.cards()).hasSize(before.cards().size() - 1);
        assertThat(ChangedAreas.between(before, now).map(List::size).orElse(1)).isPositive();
    }
    @Test
    void aLayoutMadeFromTheOtherGivesTheAreasThatComparingEveryCardGives() {
        CardBox card = before.cards().get(42);
        JourneyMap edited = CardEdits.setCardTitle(card.cardId(), "Anders").apply(map);

        assertThat(ChangedAreas.between(before, MapLayout.of(edited, LayoutStyle.STANDARD, before)))
                .isEqualTo(ChangedAreas.between(before, MapLayout.of(edited)));
    }

    @Test
    void aMovedCardGivesTheAnswerThatComparingEveryCardGives() {
        // moves into the other phases of the card's lane: some keep the rows' heights, so only its cells are compared
        CardBox card = before.cards().get(5);
        int sameRows = 0;
        for (org.journeyboard.model.Phase phase : map.phases()) {
            JourneyMap moved = CardEdits.moveCard(card.cardId(), phase.id(), card.laneId(), Integer.MAX_VALUE)
                    .apply(map);
            MapLayout now = MapLayout.of(moved, LayoutStyle.STANDARD, before);
            sameRows += now.lanes().equals(before.lanes()) ? 1 : 0;
            assertThat(ChangedAreas.between(before, now).map(areas -> (Set<Rect>) new HashSet<>(areas)))
                    .as("moved to %s", phase.id())
                    .isEqualTo(ChangedAreas.between(before, MapLayout.of(moved)).map(HashSet::new));
        }
        assertThat(sameRows).isPositive();
    }
}
