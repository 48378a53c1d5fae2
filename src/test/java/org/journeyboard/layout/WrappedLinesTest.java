package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    @Test
    void givesTheLinesTextWrapGivesWhetherKnownOrNot() {
        TextBlock.WrappedLines wrapped = new TextBlock.WrappedLines(100);
        String text = "Rückfrage bei der Hotline, weil die Lieferung nicht kam";
        for (int round = 0; round < 2; round++) {
            for (double width : new double[] {40, 90, 200}) {
                for (int maxLines : new int[] {1, 2, Integer.MAX_VALUE}) {
                    assertThat(wrapped.lines(text, width, 9, false, maxLines))
                            .isEqualTo(TextWrap.wrap(text, FontMetrics.regular(), 9, width, maxLines));
                    assertThat(wrapped.lines(text, width, 9, true, maxLines))
                            .isEqualTo(TextWrap.wrap(text, FontMetrics.of(true), 9, width, maxLines));
                }
            }
        }
        assertThat(wrapped.size()).isEqualTo(18);
        assertThat(wrapped.lines("", 90, 9, false, 2)).isEmpty();
        assertThat(wrapped.lines(null, 90, 9, false, 2)).isEmpty();
    }

    @Test
    void startsOverWhenFull() {
        TextBlock.WrappedLines wrapped = new TextBlock.WrappedLines(3);
        for (int i = 0; i < 10; i++) {
            assertThat(wrapped.lines("Karte " + i, 90, 9, false, 2)).containsExactly("Karte " + i);
            assertThat(wrapped.size()).isBetween(1, 3);
        }
    }

    @Test
    void aMapLaidOutAgainIsTheSameLayout() {
        var map = GeneratedMaps.withCards(500, 7);
        assertThat(MapLayout.of(map).cards()).isEqualTo(MapLayout.of(map).cards());
    }
}
