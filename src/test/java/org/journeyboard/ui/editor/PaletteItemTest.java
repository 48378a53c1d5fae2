package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;
import org.junit.jupiter.api.Test;

class PaletteItemTest {
    @Test
    void everyItemSurvivesItsDragText() {
        for (CardKind kind : CardKind.values()) {
            for (TouchpointType type : TouchpointType.values()) {
                PaletteItem item = new PaletteItem(kind, type);
                assertThat(PaletteItem.ofCode(item.code())).contains(item);
            }
        }
    }

    @Test
    void onlyTouchpointsCarryAType() {
        assertThat(new PaletteItem(CardKind.NOTE, TouchpointType.NEWSLETTER).type()).isNull();
        assertThat(new PaletteItem(CardKind.TOUCHPOINT, null).type()).isEqualTo(TouchpointType.CUSTOM);
    }

    @Test
    void foreignTextIsNoItem() {
        assertThat(PaletteItem.ofCode("hello")).isEmpty();
        assertThat(PaletteItem.ofCode("touchpoint:nonsense")).isEmpty();
        assertThat(PaletteItem.ofCode(null)).isEmpty();
    }
}
