package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeScrollTest {
    @Test
    void scrollsOnlyNearAnEdgeFasterTheCloserThePointer() {
        assertThat(EdgeScroll.step(400, 800)).isZero();
        assertThat(EdgeScroll.step(EdgeScroll.BAND + 1, 800)).isZero();
        assertThat(EdgeScroll.step(EdgeScroll.BAND / 2, 800)).isNegative()
                .isGreaterThan(EdgeScroll.step(0, 800));
        assertThat(EdgeScroll.step(-50, 800)).isEqualTo(-EdgeScroll.MAX_STEP);
        assertThat(EdgeScroll.step(799, 800)).isPositive();
        assertThat(EdgeScroll.step(900, 800)).isEqualTo(EdgeScroll.MAX_STEP);
    }

    @Test
    void aTinyViewNeverScrollsByItself() {
        assertThat(EdgeScroll.step(1, 60)).isZero();
    }
}
