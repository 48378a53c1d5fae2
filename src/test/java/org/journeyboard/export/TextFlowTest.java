package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.export.TextFlow.Line;
import org.journeyboard.export.TextFlow.Paragraph;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.junit.jupiter.api.Test;

class TextFlowTest {
    private static final Colour INK = new Colour(0, 0, 0);
    private static final Rect AREA = new Rect(50, 50, 300, 200);

    @Test
    void everyLineStaysInsideTheAreaAndNothingIsLost() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paragraphs.add(Paragraph.text("Paragraph " + i + " with words enough to wrap onto a second line here",
                    10, false, 0, 4, INK));
        }
        List<List<Line>> pages = TextFlow.pour(paragraphs, AREA);
        assertThat(pages.size()).isGreaterThan(3);
        String all = String.join(" ", pages.stream().flatMap(List::stream).map(Line::text).toList());
        for (int i = 0; i < 40; i++) {
            assertThat(all).contains("Paragraph " + i + " ");
        }
        for (List<Line> page : pages) {
            for (Line line : page) {
                assertThat(line.baseline()).isBetween(AREA.y(), AREA.bottom());
            }
        }
    }

    @Test
    void aBlockThatFitsOnAPageIsNotSplit() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int block = 0; block < 6; block++) {
            paragraphs.add(Paragraph.heading("Block " + block, 12, 10, INK).block());
            for (int i = 0; i < 5; i++) {
                paragraphs.add(Paragraph.item("item " + block + "." + i, 10, false, 10, 1, INK));
            }
        }
        for (List<Line> page : TextFlow.pour(paragraphs, AREA)) {
            // each page starts with a block heading, so no block continues from the page before
            assertThat(page.get(0).text()).startsWith("Block ");
        }
    }

    @Test
    void aSectionRunningOntoAnotherPageRepeatsItsHeading() {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.heading("Kauf", 13, 0, INK).section("Kauf (Fortsetzung)"));
        for (int i = 0; i < 40; i++) {
            paragraphs.add(Paragraph.text("line " + i, 10, false, 8, 2, INK));
        }
        List<List<Line>> pages = TextFlow.pour(paragraphs, AREA);
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages.get(0).get(0).text()).isEqualTo("Kauf");
        for (List<Line> page : pages.subList(1, pages.size())) {
            assertThat(page.get(0).text()).isEqualTo("Kauf (Fortsetzung)");
            assertThat(page.get(1).baseline()).isGreaterThan(page.get(0).baseline());
        }
    }

    @Test
    void listItemsHangBehindTheirBullet() {
        Paragraph item = Paragraph.item("a long list item that certainly needs more than one line in this narrow area",
                10, false, 10, 0, INK);
        List<Line> lines = TextFlow.pour(List.of(item), new Rect(0, 0, 120, 500)).get(0);
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(lines.get(0).text()).startsWith(TextFlow.BULLET);
        assertThat(lines.get(1).text()).doesNotStartWith(TextFlow.BULLET);
        assertThat(lines.get(1).x()).isGreaterThan(lines.get(0).x());
    }
}
