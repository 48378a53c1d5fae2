package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Language;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.testing.NoOpCanvas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The marks round a poster sheet: no crop mark, cut line or glue tick runs through the label or any other text. */
class PosterMarksTest {
    private record Line(double x1, double y1, double x2, double y2) {
    }

    private record Box(String text, double left, double top, double right, double bottom) {
        boolean crossedBy(Line l) {
            // marks are horizontal or vertical lines of some width: their bounding box meets the text's box
            double half = 0.5;
            return Math.max(l.x1, l.x2) + half > left && Math.min(l.x1, l.x2) - half < right
                    && Math.max(l.y1, l.y2) + half > top && Math.min(l.y1, l.y2) - half < bottom;
        }
    }

    @ParameterizedTest(name = "sheet {0},{1} of 3×2 in {2}")
    @CsvSource({"0,0,DE", "1,0,DE", "2,0,EN", "0,1,EN", "1,1,DE", "2,1,DE"})
    void noMarkCrossesAnyText(int column, int row, Language language) {
        List<Line> lines = new ArrayList<>();
        List<Box> texts = new ArrayList<>();
        Sheet sheet = new Sheet(column, row, 3, 2, new Rect(36, 48, 520, 740), 0, 0, 1);
        PosterMarks.draw(recording(lines, texts), sheet, 12, ExportTexts.of(language),
                "Sicherheitstechnik nach dem Einbruchsversuch – guter Verlauf", "LÖSUNG");

        assertThat(texts).extracting(Box::text).contains(sheet.label());
        assertThat(lines).as("crop marks, cut lines, glue ticks").hasSizeGreaterThan(8);
        for (Box text : texts) {
            assertThat(lines).as("marks through “%s”", text.text()).noneMatch(text::crossedBy);
        }
    }

    private static Canvas2D recording(List<Line> lines, List<Box> texts) {
        return new NoOpCanvas() {
            @Override
            public void line(double x1, double y1, double x2, double y2) {
                lines.add(new Line(x1, y1, x2, y2));
            }

            @Override
            public void text(String text, double x, double y, double size, boolean bold) {
                FontMetrics m = bold ? FontMetrics.bold() : FontMetrics.regular();
                texts.add(new Box(text, x, y - m.ascent(size), x + m.width(text, size), y + m.descent(size)));
            }
        };
    }
}
