package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.paint.Canvas2D;

/**
 * Running text for the appendix and the phase page: paragraphs wrapped with the bundled font's metrics and poured
 * into pages, a heading never left alone at the bottom of a page. Blank paragraphs become writing lines.
 */
final class TextFlow {
    private static final Colour WRITING_LINE = Colour.parse("#8A96A3");

    /** One paragraph; {@code writingLines} > 0 makes it that many empty lines to write on instead of text. */
    record Paragraph(String text, double size, boolean bold, double indent, double spaceBefore, Colour colour,
                     boolean heading, int writingLines) {
        static Paragraph text(String text, double size, boolean bold, double indent, double spaceBefore,
                              Colour colour) {
            return new Paragraph(text, size, bold, indent, spaceBefore, colour, false, 0);
        }

        static Paragraph heading(String text, double size, double spaceBefore, Colour colour) {
            return new Paragraph(text, size, true, 0, spaceBefore, colour, true, 0);
        }

        static Paragraph writing(int lines, double indent, double size) {
            return new Paragraph("", size, false, indent, 2, WRITING_LINE, false, lines);
        }
    }

    /** A line set on a page: text at its baseline, or a writing line when {@code text} is null. */
    record Line(String text, double x, double baseline, double size, boolean bold, Colour colour, double width) {
    }

    private TextFlow() {
    }

    /** Pours {@code paragraphs} into pages of {@code area}; returns the lines of each page. */
    static List<List<Line>> pour(List<Paragraph> paragraphs, Rect area) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        double y = area.y();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            FontMetrics font = FontMetrics.of(p.bold());
            double lineHeight = p.writingLines() > 0 ? Math.max(18, p.size() * 2) : font.lineHeight(p.size());
            double width = area.width() - p.indent();
            List<String> lines = p.writingLines() > 0 ? blankLines(p.writingLines())
                    : TextWrap.wrap(p.text(), font, p.size(), width);
            double before = page.isEmpty() ? 0 : p.spaceBefore();
            // keep a heading with at least three lines of what follows it
            double needed = before + lineHeight * (p.heading() ? 1 + 3 : Math.min(lines.size(), 2));
            if (!page.isEmpty() && y + needed > area.bottom()) {
                pages.add(page);
                page = new ArrayList<>();
                y = area.y();
                before = 0;
            }
            y += before;
            for (String text : lines) {
                if (!page.isEmpty() && y + lineHeight > area.bottom()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = area.y();
                }
                double baseline = y + (p.writingLines() > 0 ? lineHeight - 2 : font.ascent(p.size()));
                page.add(new Line(text, area.x() + p.indent(), baseline, p.size(), p.bold(), p.colour(), width));
                y += lineHeight;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static List<String> blankLines(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(null);
        }
        return lines;
    }

    static void draw(Canvas2D g, List<Line> lines) {
        for (Line line : lines) {
            if (line.text() == null) {
                g.setStroke(line.colour());
                g.setLineWidth(0.6);
                g.setDashes();
                g.line(line.x(), line.baseline(), line.x() + line.width(), line.baseline());
            } else {
                g.setFill(line.colour());
                g.text(line.text(), line.x(), line.baseline(), line.size(), line.bold());
            }
        }
    }
}
