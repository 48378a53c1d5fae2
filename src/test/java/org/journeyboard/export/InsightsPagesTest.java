package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The insights pages ({@code export --insights}): what they show on the worst-case sample in both languages, that
 * every text stays at 8 pt or more and inside the page, and what an empty map or one without curves and pain points
 * prints.
 */
class InsightsPagesTest {
    static JourneyMap sample(String fileName) {
        return Samples.all().stream().filter(s -> s.fileName().equals(fileName)).map(Sample::map).findFirst()
                .orElseThrow();
    }

    static JourneyMap worstCase() {
        return sample("sicherheitstechnik-worst-case.journey.json");
    }

    /** The pages after the map page: the insights (no appendix or phase page asked for). */
    private static List<PrintedPage> insightsPages(JourneyMap map, PdfOptions options) {
        PrintedPages.Document with = PrintedPages.compose(map, options.withInsights(true), Edition.handout());
        PrintedPages.Document without = PrintedPages.compose(map, options, Edition.handout());
        return with.pages().subList(without.pages().size(), with.pages().size());
    }

    private static String text(List<PageRecorder> pages) {
        return pages.stream().flatMap(p -> p.texts.stream()).map(PageRecorder.Text::text)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theWorstCaseShowsItsPainPointsChartMatrixChannelsAndKpis(Language language) {
        List<PrintedPage> pages = insightsPages(worstCase(), PdfOptions.defaults().withLanguage(language));
        assertThat(pages).isNotEmpty();
        List<PageRecorder> recorded = PageRecorder.record(pages, false);
        String all = text(recorded);
        boolean de = language == Language.DE;
        assertThat(all).contains(de ? "Schmerzpunkte, die schlimmsten zuerst" : "Pain points, worst first")
                .contains(de ? "Emotion je Phase" : "Emotion per phase")
                .contains(de ? "Schneller Erfolg" : "Quick win").contains(de ? "Geldgrab" : "Money pit")
                .contains(de ? "Lückenfüller" : "Fill-in").contains(de ? "Großes Vorhaben" : "Big bet")
                .contains(de ? "Berührungspunkte je Phase" : "Touchpoints per phase")
                .contains(de ? "KPIs, Ziel und Ist" : "KPIs, target against actual")
                // the worst pain point first, the KPI verdicts, the phase names under the chart
                .contains("Die bevorzugte Zahlungsart fehlt").contains("Conversion-Rate")
                .contains(de ? "verfehlt" : "missed").contains("Überlegung").contains("Kundenbindung");
        assertThat(all.indexOf("Die bevorzugte Zahlungsart fehlt")).isLessThan(all.indexOf("Das PLZ-Feld"));
        // the chart: a mean circle per phase of the curve and the lines of the score scale
        long circles = recorded.stream().flatMap(p -> p.filled.stream())
                .filter(f -> Math.abs(f.box().width() - 6.8) < 0.01 && Math.abs(f.box().height() - 6.8) < 0.01).count();
        assertThat(circles).as("mean circles").isGreaterThanOrEqualTo(7);
        assertThat(all).contains("+2").contains("−2");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextIsLegibleAndNothingLeavesThePage(Language language) {
        for (JourneyMap map : List.of(worstCase(), withLongWords(worstCase()))) {
            for (PdfOptions options : List.of(PdfOptions.defaults(), PdfOptions.defaults().withPaper(Paper.LETTER),
                    PdfOptions.defaults().withMarginMm(45))) {
                List<PrintedPage> pages = insightsPages(map, options.withLanguage(language));
                // without clips: what a clip would hide must not be drawn at all
                for (PageRecorder page : PageRecorder.record(pages, true)) {
                    PageSize size = pages.get(0).size();
                    assertThat(page.texts).allSatisfy(t -> {
                        assertThat(t.size()).as(t.text()).isGreaterThanOrEqualTo(8);
                        assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(0);
                        assertThat(t.right()).as(t.text()).isLessThanOrEqualTo(size.width()
                                - Math.max(Paper.mm(15), Paper.mm(options.marginMm())) + 0.5);
                        assertThat(t.y()).as(t.text()).isBetween(0.0, size.height());
                    });
                    assertThat(page.lines).allSatisfy(l -> {
                        assertThat(Math.min(l.x1(), l.x2())).isGreaterThanOrEqualTo(0);
                        assertThat(Math.max(l.x1(), l.x2())).isLessThanOrEqualTo(size.width());
                        assertThat(Math.max(l.y1(), l.y2())).isLessThanOrEqualTo(size.height());
                    });
                    assertThat(page.filled).allSatisfy(f -> {
                        assertThat(f.box().right()).isLessThanOrEqualTo(size.width());
                        assertThat(f.box().bottom()).isLessThanOrEqualTo(size.height());
                    });
                }
            }
        }
    }

    @Test
    void aLongListRunsOntoMorePagesWithItsHeaderRepeated() {
        JourneyMap map = worstCase();
        List<Card> cards = new ArrayList<>(map.cards());
        Card pain = map.cards().stream().filter(c -> c.kind() == CardKind.PAIN_POINT).findFirst().orElseThrow();
        for (int i = 0; i < 120; i++) {
            cards.add(pain.withId("extra-" + i).withTitle("Zusätzlicher „Schmerz“ Nummer " + i).withOrder(100 + i));
        }
        List<PrintedPage> pages = insightsPages(map.withCards(cards), PdfOptions.defaults());
        List<PageRecorder> recorded = PageRecorder.record(pages, false);
        assertThat(recorded.size()).isGreaterThan(3);
        assertThat(recorded.get(1).texts).extracting(PageRecorder.Text::text).contains("Schmerzpunkt", "Schwere");
        assertThat(text(recorded)).contains("Zusätzlicher „Schmerz“ Nummer 119");
    }

    @Test
    void anEmptyMapSaysThereIsNothingToShow() {
        JourneyMap empty = JourneyMap.empty("Leere Karte", Language.DE, Instant.EPOCH);
        String all = text(PageRecorder.record(insightsPages(empty, PdfOptions.defaults()), true));
        assertThat(all).contains("Auf dieser Karte gibt es keine Schmerzpunkte.")
                .contains("Keine Emotionskurve hat Punkte.").contains("Auf dieser Karte gibt es keine Chancen.")
                .contains("Auf dieser Karte gibt es keine KPIs.");
    }

    @Test
    void aMapWithoutCurvesOrPainPointsStillShowsItsOpportunitiesAndKpis() {
        JourneyMap map = worstCase();
        JourneyMap plain = map.withCurves(List.of())
                .withCards(map.cards().stream().filter(c -> c.kind() != CardKind.PAIN_POINT).toList());
        List<PageRecorder> recorded = PageRecorder.record(insightsPages(plain, PdfOptions.defaults()
                .withLanguage(Language.EN)), true);
        String all = text(recorded);
        assertThat(all).contains("No pain points on this map.").contains("No emotion curve has points.")
                .contains("Quick win").contains("Conversion-Rate").doesNotContain("+2");
    }

    @Test
    void aWorksheetHasNoInsightsButItsAnswerKeyHas() {
        PdfOptions options = PdfOptions.defaults().withInsights(true);
        java.util.Set<WorksheetPart> blanks = java.util.Set.of(WorksheetPart.CURVE);
        String worksheet = text(PageRecorder.record(PrintedPages.compose(worstCase(), options,
                Edition.worksheet(blanks))));
        String key = text(PageRecorder.record(PrintedPages.compose(worstCase(), options, Edition.answerKey(blanks))));
        assertThat(worksheet).doesNotContain("Schmerzpunkte, die schlimmsten zuerst");
        assertThat(key).contains("Schmerzpunkte, die schlimmsten zuerst");
    }

    @Test
    void theSamePagesDrawIntoSvgAndPngAsIntoThePdf() throws Exception {
        List<PrintedPage> pages = insightsPages(worstCase(), PdfOptions.defaults());
        PrintedPage first = pages.get(0);
        StringBuilder svg = new StringBuilder();
        SvgCanvas2D canvas = new SvgCanvas2D(svg);
        first.drawer().draw(canvas, 1, pages.size());
        canvas.finish();
        assertThat(svg.toString()).contains("Schmerzpunkte, die schlimmsten zuerst").contains("Überlegung")
                .contains("Schneller Erfolg");
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage((int) first.size().width(),
                (int) first.size().height(), java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = png.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, png.getWidth(), png.getHeight());
        first.drawer().draw(new Java2DCanvas2D(g), 1, pages.size());
        g.dispose();
        // the curve's colour (the sample's own) is on the picture
        int curve = worstCase().curves().get(0).colour().red() << 16 | worstCase().curves().get(0).colour().green() << 8
                | worstCase().curves().get(0).colour().blue();
        int found = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                found += (png.getRGB(x, y) & 0xFFFFFF) == curve ? 1 : 0;
            }
        }
        assertThat(found).as("pixels of the emotion curve").isGreaterThan(100);
    }

    /** The worst case with long compound words in a pain point, a phase name and a KPI. */
    static JourneyMap withLongWords(JourneyMap map) {
        String word = "Zahlungsartenauswahlabbruchwahrscheinlichkeitsberechnungsgrundlage";
        List<Card> cards = map.cards().stream().map(c -> c.kind() == CardKind.PAIN_POINT
                || c.kind() == CardKind.OPPORTUNITY ? c.withTitle(word + " „" + c.title() + "“") : c).toList();
        return map.withCards(cards).withPhases(map.phases().stream().map(p -> p.withName(p.name() + word)).toList());
    }
}
