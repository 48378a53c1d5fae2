package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

class EditTest {
    private final JourneyMap map = TestMaps.small();

    @Test
    void composeAppliesItsStepsInOrder() {
        Edit both = Edit.compose("edit.phase.rename", PhaseEdits.renamePhase("buy", "One"), PhaseEdits.renamePhase("buy", "Two"));

        assertThat(both.apply(map).phase("buy").orElseThrow().name()).isEqualTo("Two");
        assertThat(both.nameKey()).isEqualTo("edit.phase.rename");
        assertThat(both.mergeKey()).as("a gesture always stands alone").isEmpty();
    }

    @Test
    void laterStepsSeeWhatEarlierStepsMade() {
        Edit addThenMove = Edit.compose("edit.card.add",
                CardEdits.duplicateCards(List.of("b0"), List.of("b1")),
                CardEdits.moveCard("b1", "after", "pain", 0));

        JourneyMap after = addThenMove.apply(map);
        assertThat(after.card("b1").orElseThrow().phaseId()).isEqualTo("after");
    }

    @Test
    void composeOfNothingChangesNothing() {
        assertThat(Edit.compose("edit.card.move").apply(map)).isSameAs(map);
    }

    @Test
    void aFailingStepFailsTheWholeGestureAndLeavesTheInputAlone() {
        Edit broken = Edit.compose("edit.cards.move",
                CardEdits.moveCard("a0", "buy", "touch", 0), CardEdits.moveCard("ghost", "buy", "touch", 0));

        assertThatThrownBy(() -> broken.apply(map)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThat(map).isEqualTo(TestMaps.small());
    }

    @Test
    void mergeableEditsNeedAKeyAndShowItWhenPrinted() {
        assertThatThrownBy(() -> Edit.mergeable("edit.map.title", null, m -> m)).isInstanceOf(NullPointerException.class);
        assertThat(MapEdits.setTitle("x").toString()).contains("edit.map.title", "map:title");
        assertThat(Edit.of("edit.map.language", m -> m).mergeKey()).isEmpty();
    }
}
