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

    /** The mark in front of a list item; its continuation lines hang behind it. */
    static final String BULLET = "• ";

    /**
     * One paragraph; {@code writingLines} > 0 makes it that many empty lines to write on instead of text. A
     * paragraph that {@code startsBlock} begins a group kept on one page when it fits on one (a phase, a card).
     */
    record Paragraph(String text, double size, boolean bold, double indent, double spaceBefore, Colour colour,
                     boolean heading, int writingLines, boolean bullet, boolean startsBlock, String continued) {
        static Paragraph text(String text, double size, boolean bold, double indent, double spaceBefore,
                              Colour colour) {
            return new Paragraph(text, size, bold, indent, spaceBefore, colour, false, 0, false, false, null);
        }

        static Paragraph item(String text, double size, boolean bold, double indent, double spaceBefore,
                              Colour colour) {
            return new Paragraph(text, size, bold, indent, spaceBefore, colour, false, 0, true, false, null);
        }

        static Paragraph heading(String text, double size, double spaceBefore, Colour colour) {
            return new Paragraph(text, size, true, 0, spaceBefore, colour, true, 0, false, false, null);
        }

        static Paragraph writing(int lines, double indent, double size) {
            return new Paragraph("", size, false, indent, 2, WRITING_LINE, false, lines, false, false, null);
        }

        /** This paragraph as the first of a block kept together. */
        Paragraph block() {
            return new Paragraph(text, size, bold, indent, spaceBefore, colour, heading, writingLines, bullet, true,
                    continued);
        }

        /**
         * This heading as the start of a section whose heading is repeated as {@code continuedText} at the top of
         * each further page the section runs onto.
         */
        Paragraph section(String continuedText) {
            return new Paragraph(text, size, bold, indent, spaceBefore, colour, heading, writingLines, bullet,
                    startsBlock, continuedText);
        }

        double lineHeight() {
            return writingLines > 0 ? Math.max(18, size * 2) : FontMetrics.of(bold).lineHeight(size);
        }

        /** The lines of this paragraph within {@code width}; null entries are writing lines. */
        List<String> lines(double width) {
            if (writingLines > 0) {
                return blankLines(writingLines);
            }
            FontMetrics font = FontMetrics.of(bold);
            if (!bullet) {
                return TextWrap.wrap(text, font, size, width - indent);
            }
            double hang = font.width(BULLET, size);
            List<String> lines = new ArrayList<>(TextWrap.wrap(text, font, size, width - indent - hang));
            if (!lines.isEmpty()) {
                lines.set(0, BULLET + lines.get(0));
            }
            return lines;
        }

        double height(double width, boolean first) {
            return (first ? 0 : spaceBefore) + lines(width).size() * lineHeight();
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
        Paragraph section = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.continued() != null) {
                section = p;
            }
            double lineHeight = p.lineHeight();
            List<String> lines = p.lines(area.width());
            double before = page.isEmpty() ? 0 : p.spaceBefore();
            // keep a heading with at least three lines of what follows it, and a block whole if a page can hold it
            double needed = before + lineHeight * (p.heading() ? 1 + 3 : Math.min(lines.size(), 2));
            if (p.startsBlock()) {
                double block = blockHeight(paragraphs, i, area.width());
                if (block <= area.height()) {
                    needed = Math.max(needed, before + block);
                }
            }
            if (!page.isEmpty() && y + needed > area.bottom()) {
                pages.add(page);
                page = new ArrayList<>();
                y = area.y();
                before = 0;
                if (section != null && section != p) {
                    y = repeat(section, area, page, y);
                }
            }
            y += before;
            double hang = p.bullet() ? FontMetrics.of(p.bold()).width(BULLET, p.size()) : 0;
            for (int k = 0; k < lines.size(); k++) {
                if (!page.isEmpty() && y + lineHeight > area.bottom()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = area.y();
                    if (section != null && section != p) {
                        y = repeat(section, area, page, y);
                    }
                }
                double baseline = y + (p.writingLines() > 0 ? lineHeight - 2
                        : FontMetrics.of(p.bold()).ascent(p.size()));
                double x = area.x() + p.indent() + (k > 0 ? hang : 0);
                page.add(new Line(lines.get(k), x, baseline, p.size(), p.bold(), p.colour(),
                        area.width() - p.indent()));
                y += lineHeight;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Sets a section's heading again, marked as continued, at the top of a new page; returns the next y. */
    private static double repeat(Paragraph section, Rect area, List<Line> page, double y) {
        FontMetrics font = FontMetrics.of(section.bold());
        String text = PageFrame.oneLine(section.continued(), font, section.size(), area.width() - section.indent());
        page.add(new Line(text, area.x() + section.indent(), y + font.ascent(section.size()), section.size(),
                section.bold(), section.colour(), area.width() - section.indent()));
        return y + section.lineHeight() + 4;
    }

    /** Height of the block that starts at paragraph {@code from}, up to the next block's start. */
    private static double blockHeight(List<Paragraph> paragraphs, int from, double width) {
        double h = paragraphs.get(from).height(width, true);
        for (int i = from + 1; i < paragraphs.size() && !paragraphs.get(i).startsBlock(); i++) {
            h += paragraphs.get(i).height(width, false);
        }
        return h;
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
