package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeyboard.export.PdfTesting.export;
import static org.journeyboard.export.PdfTesting.flat;
import static org.journeyboard.export.PdfTesting.load;
import static org.journeyboard.export.PdfTesting.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;

class PdfExportTest {
    private static final JourneyMap GOOD = Samples.all().get(0).map();
    private static final JourneyMap WORST = Samples.all().get(1).map();

    @Test
    void everyCardTitlePhaseNameAndPersonaCanBeFoundInTheHandout() throws IOException {
        for (Sample sample : Samples.all()) {
            String text = text(export(sample.map(), PdfOptions.defaults(), Edition.handout()));
            for (Card card : sample.map().cards()) {
                assertThat(text).as(sample.fileName()).contains(flat(card.title()));
            }
            for (Phase phase : sample.map().phases()) {
                assertThat(text).contains(phase.name());
            }
            for (Persona persona : sample.map().personas()) {
                assertThat(text).contains(persona.name());
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        byte[] pdf = export(GOOD, PdfOptions.defaults().withAppendix(true).withPhasePage(true), Edition.handout());
        int fonts = 0;
        try (PDDocument doc = load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
        }
        assertThat(fonts).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aThreeByTwoPosterIsSixSheetsOfTheChosenPaper() throws IOException {
        PdfOptions options = PdfOptions.defaults().withPlacement(new Placement.Tiles(3, 2))
                .withOrientation(Orientation.LANDSCAPE);
        byte[] pdf = export(GOOD, options, Edition.handout());
        try (PDDocument doc = load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat((double) box.getWidth()).isCloseTo(Paper.A4.height(), org.assertj.core.api.Assertions.within(0.01));
                assertThat((double) box.getHeight()).isCloseTo(Paper.A4.width(), org.assertj.core.api.Assertions.within(0.01));
            }
        }
        String text = text(pdf);
        assertThat(text).contains("A1 · 3×2", "C2 · 3×2", "Seite 6 von 6");
        PdfOptions a3 = PdfOptions.defaults().withPaper(Paper.A3).withPlacement(new Placement.Tiles(2, 2));
        try (PDDocument doc = load(export(GOOD, a3, Edition.handout()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) Math.min(box.getWidth(), box.getHeight())).isCloseTo(Paper.A3.width(),
                    org.assertj.core.api.Assertions.within(0.01));
        }
    }

    @Test
    void aWorksheetLacksTheBlankedTextsAndItsAnswerKeyHasThem() throws IOException {
        EnumSet<WorksheetPart> parts = EnumSet.of(WorksheetPart.PHASES, WorksheetPart.CARDS, WorksheetPart.GOALS);
        PdfOptions options = PdfOptions.defaults().withPaper(Paper.A3);
        String worksheet = text(export(WORST, options, Edition.worksheet(parts)));
        String key = text(export(WORST, options, Edition.answerKey(parts)));
        for (Card card : WORST.cards()) {
            assertThat(key).contains(flat(card.title()));
            // a title that is also a legend label ("Social Media") may stay in the legend
            if (flat(card.title()).length() > 14) {
                assertThat(worksheet).doesNotContain(flat(card.title()));
            }
        }
        assertThat(WORST.cards().stream().filter(c -> flat(c.title()).length() > 14).count()).isGreaterThan(20);
        for (Phase phase : WORST.phases()) {
            assertThat(worksheet).doesNotContain(phase.name());
            assertThat(key).contains(phase.name());
            assertThat(key).contains(phase.goal());
            assertThat(worksheet).doesNotContain(phase.goal());
            for (String strategy : phase.strategies()) {
                assertThat(key).contains(strategy);
                if (strategy.length() > 14) {
                    assertThat(worksheet).doesNotContain(strategy);
                }
            }
        }
        assertThat(worksheet).contains("Arbeitsblatt", "Name:").doesNotContain("LÖSUNG");
        assertThat(key).contains("LÖSUNG");
        // what was not asked for stays on the worksheet
        assertThat(worksheet).contains(WORST.personas().get(0).name());
    }

    @Test
    void posterWorksheetsAndAnswerKeysAreMarkedOnEverySheet() throws IOException {
        EnumSet<WorksheetPart> parts = EnumSet.of(WorksheetPart.CARDS);
        PdfOptions poster = PdfOptions.defaults().withPlacement(new Placement.Tiles(2, 1));
        try (PDDocument doc = load(export(WORST, poster, Edition.answerKey(parts)))) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).contains("LÖSUNG");
            }
        }
        String worksheet = text(export(WORST, poster, Edition.worksheet(parts)));
        assertThat(worksheet).contains("Arbeitsblatt").doesNotContain(flat(WORST.cards().get(0).title()));
        String single = text(export(WORST, PdfOptions.defaults().withPlacement(new Placement.Scale(0.2)),
                Edition.answerKey(parts)));
        assertThat(single).contains("LÖSUNG");
    }

    @Test
    void aCurveWorksheetLeavesTheEmotionBandEmpty() throws IOException {
        StringBuilder other = new StringBuilder(WORST.title());
        WORST.cards().forEach(c -> other.append(' ').append(c.title()).append(' ').append(c.notes()));
        List<String> labels = new ArrayList<>();
        for (var curve : WORST.curves()) {
            for (var point : curve.points()) {
                // the map cuts long labels short, so look for their start, where it is found nowhere else
                String start = point.label().length() > 8 ? point.label().substring(0, 8) : "";
                if (!start.isEmpty() && !other.toString().contains(start)) {
                    labels.add(start);
                }
            }
        }
        assertThat(labels).isNotEmpty();
        EnumSet<WorksheetPart> parts = EnumSet.of(WorksheetPart.CURVE);
        String worksheet = text(export(WORST, PdfOptions.defaults(), Edition.worksheet(parts)));
        String key = text(export(WORST, PdfOptions.defaults(), Edition.answerKey(parts)));
        for (String label : labels) {
            assertThat(worksheet).doesNotContain(label);
            assertThat(key).contains(label);
        }
    }

    @Test
    void theSummaryTellsHowLargeCardTextsPrint() throws IOException {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        PdfExport.Summary a4 = PdfExport.write(GOOD, PdfOptions.defaults(), Edition.handout(), sink);
        PdfExport.Summary poster = PdfExport.write(GOOD, PdfOptions.defaults().withPlacement(
                new Placement.Tiles(3, 2)), Edition.handout(), sink);
        PdfExport.Summary full = PdfExport.write(GOOD, PdfOptions.defaults().withPlacement(new Placement.Scale(1)),
                Edition.handout(), sink);
        assertThat(a4.pages()).isEqualTo(1);
        assertThat(a4.isTextTiny()).isTrue();
        assertThat(poster.cardTextSize()).isGreaterThan(a4.cardTextSize() * 2);
        assertThat(poster.isTextTiny()).isFalse();
        assertThat(full.cardTextSize()).isEqualTo(12);
    }

    @Test
    void automaticOrientationFollowsTheMapUnlessTheOtherWayIsClearlyLarger() throws IOException {
        try (PDDocument doc = load(export(GOOD, PdfOptions.defaults(), Edition.handout()))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
        // seven phases squeezed into a narrow, very tall map: portrait
        JourneyMap tall = GOOD.withPhases(GOOD.phases().stream().map(p -> p.withWidth(160)).toList())
                .withLanes(GOOD.lanes().stream().map(l -> l.withHeight(600)).toList());
        try (PDDocument doc = load(export(tall, PdfOptions.defaults(), Edition.handout()))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isLessThan(box.getHeight());
        }
        // a poster of three columns and two rows of a squarish map (lanes taller than their cards need):
        // portrait sheets print it far larger
        JourneyMap squarish = GOOD.withLanes(GOOD.lanes().stream().map(l -> l.withHeight(190)).toList());
        assertThat(org.journeyboard.layout.MapLayout.of(squarish).width()
                / org.journeyboard.layout.MapLayout.of(squarish).height()).isBetween(0.8, 1.25);
        try (PDDocument doc = load(export(squarish, PdfOptions.defaults().withPlacement(new Placement.Tiles(3, 2)),
                Edition.handout()))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isLessThan(box.getHeight());
        }
    }

    @Test
    void theSampleHandoutOnA4StaysSmall() throws IOException {
        byte[] pdf = export(GOOD, PdfOptions.defaults(), Edition.handout());
        assertThat(pdf.length).isLessThan(300 * 1024);
    }

    @Test
    void metadataNamesTitleAuthorSubjectKeywordsLanguageAndCreator() throws Exception {
        try (PDDocument doc = load(export(GOOD, PdfOptions.defaults(), Edition.answerKey(EnumSet.of(WorksheetPart.CARDS))))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(GOOD.title() + " – Lösung");
            assertThat(info.getAuthor()).isEqualTo(GOOD.author());
            assertThat(info.getSubject()).contains("Lösung");
            assertThat(info.getKeywords()).contains("Customer Journey");
            assertThat(info.getCreator()).isEqualTo("Journeyboard");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xmp.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">" + GOOD.title() + " – Lösung</rdf:li>",
                    "<rdf:li>de</rdf:li>", "<xmp:CreatorTool>Journeyboard</xmp:CreatorTool>");
        }
        try (PDDocument doc = load(export(GOOD, PdfOptions.defaults().withLanguage(org.journeyboard.model.Language.EN),
                Edition.handout()))) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Customer journey map");
        }
    }

    @Test
    void appendixAndPhasePageCarryNotesGoalsStrategiesAndKpis() throws IOException {
        Card withNotes = GOOD.cards().stream().filter(c -> c.notes().length() > 20).findFirst().orElseThrow();
        PdfOptions options = PdfOptions.defaults().withAppendix(true).withPhasePage(true);
        byte[] pdf = export(GOOD, options, Edition.handout());
        String text = text(pdf);
        assertThat(text).contains("Anhang: alle Karten", flat(withNotes.notes()));
        assertThat(text).contains("Phasen: Ziele, Strategien und KPIs");
        Phase phase = GOOD.phases().get(4);
        assertThat(text).contains(phase.goal());
        assertThat(text).contains(phase.strategies().get(0));
        try (PDDocument doc = load(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void umlautsQuotesDashesAndTheEuroAreSearchableAndMissingGlyphsShowAMark() throws IOException {
        String german = "Größe „Lösung“ – € 49,90 ‚Straße‘ — ÄÖÜäöüß";
        JourneyMap map = GOOD.withTitle(german)
                .mapCard(GOOD.cards().get(0).id(), c -> c.withTitle("Emoji 😀 und 漢字"));
        String text = text(export(map, PdfOptions.defaults(), Edition.handout()));
        assertThat(text).contains(german);
        assertThat(text).contains("Emoji \uFFFD und \uFFFD\uFFFD");
    }
}
