package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;

class PaletteTargetTest {
    private final JourneyMap map = Samples.all().get(0).map();

    @Test
    void aSelectedCellOrCardDecidesWhereTheNewCardGoes() {
        Selection.CellSelected cell = new Selection.CellSelected(map.phases().get(2).id(), map.lanes().get(1).id());
        assertThat(PaletteTarget.of(map, cell)).contains(cell);
        var card = map.cards().get(4);
        assertThat(PaletteTarget.of(map, new Selection.Cards(List.of(card.id()))))
                .contains(new Selection.CellSelected(card.phaseId(), card.laneId()));
    }

    @Test
    void withoutASelectionTheFirstPhaseAndTheFirstLaneForCardsTakeIt() {
        JourneyMap emotionsFirst = map.withLanes(map.lanes().stream()
                .sorted((a, b) -> Boolean.compare(b.kind() == LaneKind.EMOTIONS, a.kind() == LaneKind.EMOTIONS))
                .toList());
        Selection.CellSelected target = PaletteTarget.of(emotionsFirst, Selection.NONE).orElseThrow();
        assertThat(target.phaseId()).isEqualTo(map.phases().get(0).id());
        assertThat(emotionsFirst.lane(target.laneId()).orElseThrow().kind()).isNotEqualTo(LaneKind.EMOTIONS);
        assertThat(PaletteTarget.of(map.withPhases(List.of()), Selection.NONE)).isEmpty();
    }
}
