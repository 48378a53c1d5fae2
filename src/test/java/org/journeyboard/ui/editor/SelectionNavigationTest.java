package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

class SelectionNavigationTest {
    private final JourneyMap map = EditorMaps.small();

    private Selection press(Selection from, Direction d) {
        return SelectionNavigation.next(map, from, d);
    }

    private static Selection card(String id) {
        return new Selection.Cards(List.of(id));
    }

    @Test
    void fromNothingTheFirstCardIsSelected() {
        assertThat(press(Selection.NONE, Direction.RIGHT)).isEqualTo(card("a0"));
    }

    @Test
    void upAndDownWalkThroughACellThenIntoTheNextLaneThroughTheEmotionLanesCell() {
        Selection feel = new Selection.CellSelected("aware", "feel");
        assertThat(press(card("a0"), Direction.DOWN)).isEqualTo(card("a1"));
        assertThat(press(card("a1"), Direction.DOWN)).isEqualTo(feel);
        assertThat(press(feel, Direction.DOWN)).isEqualTo(new Selection.CellSelected("aware", "pain"));
        assertThat(press(new Selection.CellSelected("aware", "pain"), Direction.UP)).isEqualTo(feel);
        assertThat(press(feel, Direction.UP)).isEqualTo(card("a1"));
        assertThat(press(card("a0"), Direction.UP)).isEqualTo(card("a0"));
    }

    @Test
    void leftAndRightKeepTheLaneAndThePlace() {
        assertThat(press(card("a1"), Direction.RIGHT)).isEqualTo(card("b0"));
        assertThat(press(card("b0"), Direction.LEFT)).isEqualTo(card("a0"));
        assertThat(press(new Selection.CellSelected("aware", "pain"), Direction.RIGHT))
                .isEqualTo(new Selection.CellSelected("buy", "pain"));
        assertThat(press(card("b0"), Direction.RIGHT)).isEqualTo(card("b0"));
    }
}
