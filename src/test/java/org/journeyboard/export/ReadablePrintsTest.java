package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;

/** Fitted lanes let a one-page print of the worst-case sample carry readable card text; the advice is honest. */
class ReadablePrintsTest {
    private static final JourneyMap WORST = Samples.all().get(1).map();

    @Test
    void theWorstCaseSampleOnA3LandscapePrintsCardTitlesAtSixPointOrMore() throws IOException {
        PdfOptions a3 = PdfOptions.defaults().withPaper(Paper.A3).withOrientation(Orientation.LANDSCAPE)
                .withPlacement(new Placement.Fit());
        PdfExport.Summary summary = PdfExport.write(WORST, a3, Edition.handout(), new ByteArrayOutputStream());
        System.out.printf("A3 landscape --fit of %s: card text %.2f pt%n", Samples.all().get(1).fileName(),
                summary.cardTextSize());
        assertThat(summary.pages()).isEqualTo(1);
        assertThat(summary.cardTextSize()).isGreaterThanOrEqualTo(6);
    }
}
