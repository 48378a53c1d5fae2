package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Bench.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Bench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void measuresEveryRunAfterWarmups() throws Exception {
        int[] calls = {0};
        double ms = Bench.medianMillis(2, 3, () -> calls[0]++);
        assertThat(calls[0]).isEqualTo(5);
        assertThat(ms).isGreaterThanOrEqualTo(0);
    }
}
