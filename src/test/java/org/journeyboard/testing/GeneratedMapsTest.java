package org.journeyboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

class GeneratedMapsTest {
    @Test
    void hasTheAskedNumberOfCardsInExistingCellsWithDenseOrders() {
        JourneyMap map = GeneratedMaps.withCards(500, 7);
        assertThat(map.cards()).hasSize(500);
        Set<String> ids = new HashSet<>();
        for (Card c : map.cards()) {
            assertThat(ids.add(c.id())).isTrue();
            assertThat(map.phase(c.phaseId())).isPresent();
            assertThat(map.lane(c.laneId())).isPresent();
        }
        map.phases().forEach(p -> map.lanes().forEach(l -> {
            var cell = map.cardsIn(p.id(), l.id());
            for (int i = 0; i < cell.size(); i++) {
                assertThat(cell.get(i).order()).isEqualTo(i);
            }
        }));
    }

    @Test
    void sameSeedSameMapOtherSeedOtherMap() {
        assertThat(GeneratedMaps.withCards(200, 1)).isEqualTo(GeneratedMaps.withCards(200, 1));
        assertThat(GeneratedMaps.withCards(200, 1)).isNotEqualTo(GeneratedMaps.withCards(200, 2));
    }
}
