package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeyboard.insights.Insights;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** insights.N: ms to compute every figure of a map of N cards. Target: insights.10000 at most 50 ms. */
@Tag("bench")
class InsightsBenchmark {
    @Test
    void everyFigureOfAMap() throws Exception {
        for (int n : new int[] {2000, 10000}) {
            JourneyMap map = GeneratedMaps.withCards(n, 42);
            assertThat(Insights.of(map).painPoints()).isNotEmpty();
            double ms = Bench.medianMillis(n >= 10000 ? 20 : 60, n >= 10000 ? 21 : 41, () -> Insights.of(map));
            Bench.record("insights." + n, ms, "ms");
        }
    }
}
