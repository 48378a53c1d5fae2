package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeyboard.export.PdfTesting.export;
import static org.journeyboard.export.PdfTesting.load;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class ExportEdgeCasesTest {
    @Test
    void anEmptyMapExportsInEveryFormatAndEdition() throws IOException {
        JourneyMap empty = JourneyMap.empty("", Language.EN, Instant.EPOCH);
        for (Edition edition : new Edition[] {Edition.handout(), Edition.worksheet(EnumSet.allOf(WorksheetPart.class)),
            Edition.answerKey(EnumSet.allOf(WorksheetPart.class))}) {
            for (Placement placement : new Placement[] {new Placement.Fit(), new Placement.Tiles(2, 2),
                new Placement.Scale(1)}) {
                PdfOptions options = PdfOptions.defaults().withPlacement(placement).withAppendix(true)
                        .withPhasePage(true);
                try (PDDocument doc = load(export(empty, options, edition))) {
                    assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
                }
            }
        }
        assertThat(SvgExport.toSvg(empty, true)).contains("viewBox");
        assertThat(PngExport.render(empty, PngOptions.atWidth(300, false)).getWidth()).isEqualTo(300);
    }

    @Test
    void aLargeMapMakesAPosterAndAnAppendixOverManyPages() throws IOException {
        JourneyMap big = GeneratedMaps.withCards(600, 7);
        PdfOptions options = PdfOptions.defaults().withPaper(Paper.A3).withPlacement(new Placement.Tiles(4, 3))
                .withAppendix(true);
        byte[] pdf = export(big, options, Edition.handout());
        try (PDDocument doc = load(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(12 + 5);
        }
        String text = PdfTesting.text(pdf);
        assertThat(text).contains(PdfTesting.flat(big.cards().get(599).title()));
    }

    @Test
    void everyPaperSizeGivesItsMediaBox() throws IOException {
        JourneyMap map = GeneratedMaps.withCards(20, 3);
        for (Paper paper : Paper.values()) {
            PdfOptions options = PdfOptions.defaults().withPaper(paper).withOrientation(Orientation.PORTRAIT);
            try (PDDocument doc = load(export(map, options, Edition.handout()))) {
                var box = doc.getPage(0).getMediaBox();
                assertThat((double) box.getWidth()).as(paper.name()).isCloseTo(paper.width(),
                        org.assertj.core.api.Assertions.within(0.01));
                assertThat((double) box.getHeight()).isCloseTo(paper.height(),
                        org.assertj.core.api.Assertions.within(0.01));
            }
        }
    }
}
