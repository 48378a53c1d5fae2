package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;

/** The small-text note advises only what helps: never the paper already chosen, a poster that reaches 8 pt. */
class TextSizeAdviceTest {
    private static final JourneyMap WORST = Samples.all().get(1).map();

    @Test
    void neverTheChosenPaperAlwaysALargerOne() {
        for (Paper chosen : Paper.values()) {
            TextSizeAdvice a = TextSizeAdvice.of(chosen, new Placement.Fit(), 3.7);
            if (chosen == Paper.A0) {
                assertThat(a.paper()).as("nothing is larger than A0").isNull();
            } else {
                assertThat(a.paper()).as("advice for %s", chosen).isNotNull().isNotEqualTo(chosen);
                assertThat(a.paper().width() * a.paper().height()).isGreaterThan(chosen.width() * chosen.height());
                assertThat(a.paperSize()).isGreaterThan(3.7);
            }
            assertThat(a.posterSide()).isGreaterThanOrEqualTo(2);
            assertThat(a.posterSize()).isGreaterThanOrEqualTo(TextSizeAdvice.TARGET);
        }
    }

    @Test
    void theSmallestPaperThatReachesEightPointElseTheLargest() {
        // A-sizes grow by √2 a step: 3.7 pt on A4 is 5.2 on A3, 7.4 on A2, 10.5 on A1
        TextSizeAdvice a4 = TextSizeAdvice.of(Paper.A4, new Placement.Fit(), 3.7);
        assertThat(a4.paper()).isEqualTo(Paper.A1);
        assertThat(a4.paperSize()).isBetween(8.0, 11.0);
        TextSizeAdvice tiny = TextSizeAdvice.of(Paper.A4, new Placement.Fit(), 1.0);
        assertThat(tiny.paper()).isEqualTo(Paper.A0);
        assertThat(tiny.paperSize()).isLessThan(TextSizeAdvice.TARGET);
        assertThat(tiny.posterSide()).isEqualTo(9); // 1 pt · 9 sheets · 0.9 = 8.1 pt
    }

    @Test
    void aPosterCountsTheSheetsItAlreadyHasAndAScaleAsksForALargerScale() {
        TextSizeAdvice poster = TextSizeAdvice.of(Paper.A4, new Placement.Tiles(2, 2), 4);
        assertThat(poster.posterSide()).isGreaterThan(2);
        assertThat(poster.posterSize()).isGreaterThanOrEqualTo(TextSizeAdvice.TARGET);
        TextSizeAdvice scale = TextSizeAdvice.of(Paper.A4, new Placement.Scale(0.3), 3.6);
        assertThat(scale.scale()).isCloseTo(0.67, org.assertj.core.api.Assertions.within(0.011));
    }

    @Test
    void theAdvisedPosterReallyPrintsAtEightPoint() throws IOException {
        PdfOptions a4 = PdfOptions.defaults().withPaper(Paper.A4).withOrientation(Orientation.LANDSCAPE);
        PdfExport.Summary small = PdfExport.write(WORST, a4, Edition.handout(), new ByteArrayOutputStream());
        TextSizeAdvice advice = TextSizeAdvice.of(Paper.A4, a4.placement(), small.cardTextSize());
        PdfExport.Summary poster = PdfExport.write(WORST, a4.withPlacement(new Placement.Tiles(advice.posterSide(),
                advice.posterSide())), Edition.handout(), new ByteArrayOutputStream());
        assertThat(poster.cardTextSize()).isGreaterThanOrEqualTo(TextSizeAdvice.TARGET);
        PdfExport.Summary larger = PdfExport.write(WORST, a4.withPaper(advice.paper()), Edition.handout(),
                new ByteArrayOutputStream());
        // the estimate scales the text with the sheet; the page header and legend grow less, so the paper does a
        // little better than promised, never worse
        assertThat(larger.cardTextSize()).isBetween(advice.paperSize() * 0.97, advice.paperSize() * 1.2);
    }
}
