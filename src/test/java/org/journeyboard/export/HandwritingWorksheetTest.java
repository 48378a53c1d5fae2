package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A worksheet is written on by hand: measured on what the pages really draw (in points, converted to millimetres),
 * every writing line is at least 7 mm from the next, a card leaves at least two of them, a phase name at least 40 mm;
 * the answer key has the same pages.
 */
class HandwritingWorksheetTest {
    private static final JourneyMap GOOD_DE = Samples.all().get(0).map();
    private static final Set<WorksheetPart> PARTS = EnumSet.of(WorksheetPart.PHASES, WorksheetPart.CARDS,
            WorksheetPart.GOALS);
    private static final Colour WRITING_LINE = Colour.parse("#8A96A3");
    private static final Colour PAPER = Colour.parse("#FFFFFF");
    private static final double PITCH_MM = 7;
    private static final double NAME_MM = 40;
    private static final double SLACK_MM = 1e-6;

    static Stream<Arguments> papers() {
        return Stream.of(
                Arguments.of("A4 landscape", PdfOptions.defaults().withOrientation(Orientation.LANDSCAPE)),
                Arguments.of("A3", PdfOptions.defaults().withPaper(Paper.A3)));
    }

    private static double mm(double points) {
        return points / Paper.POINTS_PER_MM;
    }

    /** What one page's blanks measure. */
    private record Blanks(List<List<PageRecorder.Line>> headerBlanks, List<List<PageRecorder.Line>> cardBlanks) {
    }

    /** The writing lines of a page grouped by the white field (phase header) or the note (card) they are in. */
    private static Blanks blanksOf(PageRecorder page) {
        List<PageRecorder.Filled> fields = page.filled.stream().filter(f -> f.colour().equals(PAPER)).toList();
        List<PageRecorder.Filled> notes = page.filled.stream().filter(f -> !f.colour().equals(PAPER)).toList();
        Map<Rect, List<PageRecorder.Line>> inFields = new LinkedHashMap<>();
        Map<Rect, List<PageRecorder.Line>> inNotes = new LinkedHashMap<>();
        for (PageRecorder.Line line : page.lines) {
            if (!line.colour().equals(WRITING_LINE)) {
                continue;
            }
            assertThat(line.horizontal()).isTrue();
            Rect field = smallestAround(fields, line);
            if (field != null) {
                inFields.computeIfAbsent(field, k -> new ArrayList<>()).add(line);
                continue;
            }
            Rect note = smallestAround(notes, line);
            assertThat(note).as("the writing line %s lies on a note or in a header field", line)
                    .isNotNull();
            inNotes.computeIfAbsent(note, k -> new ArrayList<>()).add(line);
        }
        return new Blanks(sorted(inFields), sorted(inNotes));
    }

    private static List<List<PageRecorder.Line>> sorted(Map<Rect, List<PageRecorder.Line>> groups) {
        List<List<PageRecorder.Line>> out = new ArrayList<>();
        for (Map.Entry<Rect, List<PageRecorder.Line>> e : groups.entrySet()) {
            List<PageRecorder.Line> lines = new ArrayList<>(e.getValue());
            lines.sort(Comparator.comparingDouble(PageRecorder.Line::y1));
            // the blank's top edge first, as a zero-length line, to measure the room above the first line
            lines.add(0, new PageRecorder.Line(e.getKey().x(), e.getKey().y(), e.getKey().x(), e.getKey().y(),
                    PAPER));
            out.add(lines);
        }
        return out;
    }

    private static Rect smallestAround(List<PageRecorder.Filled> boxes, PageRecorder.Line line) {
        Rect best = null;
        for (PageRecorder.Filled f : boxes) {
            Rect r = f.box();
            boolean around = line.x1() >= r.x() - 0.01 && line.x2() <= r.right() + 0.01
                    && line.y1() >= r.y() - 0.01 && line.y1() <= r.bottom() + 0.01;
            if (around && (best == null || r.width() * r.height() < best.width() * best.height())) {
                best = r;
            }
        }
        return best;
    }

    /** Checks one blank: its top and the lines below it are each at least 7 mm apart; returns how many lines. */
    private static int checkPitch(List<PageRecorder.Line> blank, String what) {
        for (int i = 1; i < blank.size(); i++) {
            double gap = mm(blank.get(i).y1() - blank.get(i - 1).y1());
            assertThat(gap).as("%s: line %d lies %.2f mm below the one above", what, i, gap)
                    .isGreaterThanOrEqualTo(PITCH_MM - SLACK_MM);
        }
        return blank.size() - 1;
    }

    private static List<String> laneTitleFirstLines(JourneyMap map) {
        return MapLayout.of(map).lanes().stream().map(LaneBox::title).filter(t -> !t.isEmpty())
                .map(t -> t.lines().get(0)).toList();
    }

    /** The map pages of a document: those that show lane titles (the phase page has a heading "KPIs" too). */
    private static List<PageRecorder> mapPages(List<PageRecorder> pages, JourneyMap map) {
        List<String> titles = laneTitleFirstLines(map);
        return pages.stream().filter(p -> p.texts.stream().map(PageRecorder.Text::text).filter(titles::contains)
                .distinct().count() >= Math.min(2, titles.size())).toList();
    }

    /** Checks every blank of every map page of the worksheet of {@code map}; returns the number of card blanks. */
    private static int checkWorksheet(JourneyMap map, PdfOptions options, Set<WorksheetPart> parts, String paper) {
        PrintedPages.Document sheet = PrintedPages.compose(map, options, Edition.worksheet(parts));
        List<PageRecorder> pages = mapPages(PageRecorder.record(sheet), map);
        assertThat(pages).as(paper).isNotEmpty();
        List<String> titles = laneTitleFirstLines(map);
        Set<String> seen = new java.util.HashSet<>();
        int cards = 0;
        int fields = 0;
        for (int i = 0; i < pages.size(); i++) {
            PageRecorder page = pages.get(i);
            String where = paper + ", map page " + (i + 1);
            Blanks blanks = blanksOf(page);
            for (List<PageRecorder.Line> field : blanks.headerBlanks()) {
                assertThat(checkPitch(field, where + " header blank")).isGreaterThanOrEqualTo(1);
                for (PageRecorder.Line line : field.subList(1, field.size())) {
                    assertThat(mm(line.length())).as(where + ": a header blank is %.1f mm wide", mm(line.length()))
                            .isGreaterThanOrEqualTo(NAME_MM - SLACK_MM);
                }
            }
            for (List<PageRecorder.Line> note : blanks.cardBlanks()) {
                assertThat(checkPitch(note, where + " card blank")).as(where + ": lines on a card")
                        .isGreaterThanOrEqualTo(2);
            }
            cards += blanks.cardBlanks().size();
            fields += blanks.headerBlanks().size();
            List<String> onPage = page.texts.stream().map(PageRecorder.Text::text).filter(titles::contains).toList();
            assertThat(onPage).as(where + ": lane titles").isNotEmpty();
            seen.addAll(onPage);
        }
        if (parts.contains(WorksheetPart.PHASES)) {
            assertThat(fields).as(paper + ": a phase-name blank for every phase")
                    .isGreaterThanOrEqualTo(map.phases().size());
        }
        assertThat(seen).as(paper + ": every lane title is printed").containsExactlyInAnyOrderElementsOf(
                new java.util.LinkedHashSet<>(titles));
        return cards;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void everyBlankOfTheGermanSampleLeavesRoomToWriteByHand(String paper, PdfOptions options) {
        int cards = checkWorksheet(GOOD_DE, options, PARTS, paper);
        // every card of the map is a blank on exactly one page
        assertThat(cards).isEqualTo(GOOD_DE.cards().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void theAnswerKeyHasTheWorksheetsPagesWithTheAnswersFilledIn(String paper, PdfOptions options) {
        PrintedPages.Document sheet = PrintedPages.compose(GOOD_DE, options, Edition.worksheet(PARTS));
        PrintedPages.Document key = PrintedPages.compose(GOOD_DE, options, Edition.answerKey(PARTS));
        assertThat(key.pages()).as(paper + ": pages").hasSameSizeAs(sheet.pages());
        List<PageRecorder> sheetPages = PageRecorder.record(sheet);
        List<PageRecorder> keyPages = PageRecorder.record(key);
        for (int i = 0; i < sheetPages.size(); i++) {
            assertThat(key.pages().get(i).size()).isEqualTo(sheet.pages().get(i).size());
            assertThat(boxes(keyPages.get(i))).as(paper + ", page " + (i + 1) + ": the same notes and fields")
                    .isEqualTo(boxes(sheetPages.get(i)));
        }
        StringBuilder keyText = new StringBuilder();
        mapPages(keyPages, GOOD_DE).forEach(p -> p.texts.forEach(t -> keyText.append(t.text()).append(' ')));
        for (Phase phase : GOOD_DE.phases()) {
            assertThat(keyText.toString()).as(paper).contains(phase.name());
        }
        for (Card card : GOOD_DE.cards()) {
            String firstWord = card.title().split(" ")[0];
            assertThat(keyText.toString()).as(paper).contains(firstWord);
        }
    }

    /** The coloured shapes of a page (notes, headers, columns), rounded to a hundredth of a point. */
    private static List<String> boxes(PageRecorder page) {
        return page.filled.stream().filter(f -> !f.colour().equals(PAPER))
                .map(f -> String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %.2f %s", f.box().x(), f.box().y(),
                        f.box().width(), f.box().height(), f.colour()))
                .sorted().toList();
    }

    @Test
    void aSmallMapStillFitsOnOnePageWithRoomToWrite() {
        List<Phase> phases = GOOD_DE.phases().subList(0, 2);
        List<Lane> lanes = GOOD_DE.lanes().subList(0, 3);
        Set<String> phaseIds = new java.util.HashSet<>();
        phases.forEach(p -> phaseIds.add(p.id()));
        Set<String> laneIds = new java.util.HashSet<>();
        lanes.forEach(l -> laneIds.add(l.id()));
        List<Card> cards = new ArrayList<>(GOOD_DE.cards().stream()
                .filter(c -> phaseIds.contains(c.phaseId()) && laneIds.contains(c.laneId())).toList());
        cards.set(0, cards.get(0).withTitle("Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀"));
        JourneyMap small = GOOD_DE.withPhases(phases).withLanes(lanes).withCards(cards).withCurves(List.of());
        Set<WorksheetPart> parts = EnumSet.of(WorksheetPart.PHASES, WorksheetPart.CARDS);
        PdfOptions a4 = PdfOptions.defaults().withOrientation(Orientation.LANDSCAPE);
        assertThat(PrintedPages.compose(small, a4, Edition.worksheet(parts)).pages()).hasSize(1);
        assertThat(PrintedPages.compose(small, a4, Edition.answerKey(parts)).pages()).hasSize(1);
        assertThat(checkWorksheet(small, a4, parts, "small map on A4")).isEqualTo(cards.size());
    }
}
