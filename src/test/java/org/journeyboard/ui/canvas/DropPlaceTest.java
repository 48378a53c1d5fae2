package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.junit.jupiter.api.Test;

class DropPlaceTest {
    private final MapLayout layout = MapLayout.of(CanvasMaps.small());
    private final MapLayout wide = MapLayout.of(CanvasMaps.withWidePhase());

    private Rect card(MapLayout l, String id) {
        return l.card(id).map(CardBox::rect).orElseThrow();
    }

    @Test
    void aPointInAnEmptyCellDropsAtIndexZeroOfThatCell() {
        Rect cell = layout.cell("phase-3", CanvasMaps.ACTIONS).orElseThrow();
        DropPlace place = DropPlace.at(layout, cell.centerX(), cell.centerY(), Set.of()).orElseThrow();
        assertThat(place.phaseId()).isEqualTo("phase-3");
        assertThat(place.laneId()).isEqualTo(CanvasMaps.ACTIONS);
        assertThat(place.index()).isZero();
        assertThat(place.cell()).isEqualTo(cell);
        assertThat(place.y1()).isEqualTo(place.y2()).isBetween(cell.y(), cell.bottom());
    }

    @Test
    void inAStackTheUpperHalfOfACardDropsBeforeItAndTheLowerHalfAfterIt() {
        Rect b = card(layout, "b");
        assertThat(DropPlace.at(layout, b.centerX(), b.y() + 2, Set.of()).orElseThrow().index()).isEqualTo(1);
        assertThat(DropPlace.at(layout, b.centerX(), b.bottom() - 2, Set.of()).orElseThrow().index()).isEqualTo(2);
        Rect a = card(layout, "a");
        DropPlace top = DropPlace.at(layout, a.centerX(), a.y() + 1, Set.of()).orElseThrow();
        assertThat(top.index()).isZero();
        // the indicator is a horizontal line in the gap above the first card
        assertThat(top.y1()).isEqualTo(top.y2()).isLessThan(a.y()).isGreaterThan(a.y() - 10);
        Rect cell = layout.cell("phase-0", CanvasMaps.TOUCHPOINTS).orElseThrow();
        DropPlace bottom = DropPlace.at(layout, cell.centerX(), cell.bottom() - 1, Set.of()).orElseThrow();
        assertThat(bottom.index()).isEqualTo(3);
        assertThat(bottom.y1()).isGreaterThan(card(layout, "c").bottom());
    }

    @Test
    void movingCardsDoNotCountAmongTheCellsCards() {
        Rect c = card(layout, "c");
        // below c's middle, with a and b leaving the cell, only c remains before the point
        DropPlace place = DropPlace.at(layout, c.centerX(), c.bottom() - 2, Set.of("a", "b")).orElseThrow();
        assertThat(place.index()).isEqualTo(1);
    }

    @Test
    void inAWideCellTheLeftHalfOfACardDropsBeforeItWithAVerticalLine() {
        Rect w0 = card(wide, "w0");
        Rect w1 = card(wide, "w1");
        assertThat(w1.y()).as("the wide phase puts cards side by side").isEqualTo(w0.y());
        DropPlace before = DropPlace.at(wide, w1.x() + 3, w1.centerY(), Set.of()).orElseThrow();
        assertThat(before.index()).isEqualTo(1);
        assertThat(before.x1()).isEqualTo(before.x2()).isBetween(w0.right(), w1.x());
        DropPlace after = DropPlace.at(wide, w1.right() - 3, w1.centerY(), Set.of()).orElseThrow();
        assertThat(after.index()).isEqualTo(2);
        Rect w3 = card(wide, "w3");
        assertThat(w3.y()).as("the fourth card starts the second row").isGreaterThan(w0.bottom());
        assertThat(DropPlace.at(wide, w3.x() + 3, w3.y() + 2, Set.of()).orElseThrow().index()).isEqualTo(3);
    }

    @Test
    void theEmotionLaneAndTheMarginsTakeNoCards() {
        Rect emotions = layout.cell("phase-0", CanvasMaps.EMOTIONS).orElseThrow();
        assertThat(DropPlace.at(layout, emotions.centerX(), emotions.centerY(), Set.of())).isEmpty();
        assertThat(DropPlace.at(layout, 1, 1, Set.of())).isEmpty();
        Rect header = layout.phase("phase-0").orElseThrow().header();
        assertThat(DropPlace.at(layout, header.centerX(), header.centerY(), Set.of())).isEmpty();
    }
}
