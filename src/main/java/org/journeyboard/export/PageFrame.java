package org.journeyboard.export;

import java.util.List;
import java.util.stream.Collectors;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapColours;

/**
 * What frames every printed page: the header (title, persona, date, author, and the worksheet or answer-key mark)
 * and the page number. Sizes are in page points so the frame reads the same however small the map is scaled.
 */
final class PageFrame {
    static final double TITLE_SIZE = 13;
    static final double INFO_SIZE = 8.5;
    static final double NUMBER_SIZE = 8;
    private static final Colour STAMP = Colour.parse("#C0392B");
    private static final MapColours COLOURS = MapColours.LIGHT;

    private final JourneyMap map;
    private final ExportTexts texts;
    private final Edition edition;

    PageFrame(JourneyMap map, ExportTexts texts, Edition edition) {
        this.map = map;
        this.texts = texts;
        this.edition = edition;
    }

    /** Height the header takes at the top of the area, including the gap below its rule. */
    double headerHeight() {
        FontMetrics bold = FontMetrics.bold();
        FontMetrics regular = FontMetrics.regular();
        return bold.lineHeight(TITLE_SIZE) + 2 + regular.lineHeight(INFO_SIZE) + 10;
    }

    /** "Persona: Petra · 2. März 2026 · Autor: Journeyboard", leaving out what the map does not have. */
    String info() {
        StringBuilder sb = new StringBuilder();
        String personas = map.personas().stream().map(Persona::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining(", "));
        if (!personas.isEmpty()) {
            sb.append(texts.get("header.persona", personas)).append(" · ");
        }
        sb.append(texts.date(map.modified()));
        if (!map.author().isBlank()) {
            sb.append(" · ").append(texts.get("header.author", map.author()));
        }
        return sb.toString();
    }

    /** Draws the header across the top of {@code area}. */
    void header(Canvas2D g, Rect area) {
        header(g, area, "");
    }

    /** Draws the header across the top of {@code area}, {@code where} (e.g. "Phasen 1–3 von 7") after the info. */
    void header(Canvas2D g, Rect area, String where) {
        double markWidth = edition.kind() == Edition.Kind.HANDOUT ? 0 : mark(g, area);
        double textWidth = area.width() - (markWidth > 0 ? markWidth + 16 : 0);
        FontMetrics bold = FontMetrics.bold();
        FontMetrics regular = FontMetrics.regular();
        double y = area.y() + bold.ascent(TITLE_SIZE);
        g.setFill(COLOURS.ink());
        g.text(oneLine(map.title(), bold, TITLE_SIZE, textWidth), area.x(), y, TITLE_SIZE, true);
        y += bold.descent(TITLE_SIZE) + 2 + regular.ascent(INFO_SIZE);
        g.setFill(COLOURS.mutedInk());
        String info = where.isEmpty() ? info() : info() + " · " + where;
        g.text(oneLine(info, regular, INFO_SIZE, textWidth), area.x(), y, INFO_SIZE, false);
        double rule = area.y() + headerHeight() - 5;
        g.setStroke(COLOURS.gridLine());
        g.setLineWidth(0.75);
        g.setDashes();
        g.line(area.x(), rule, area.right(), rule);
    }

    /** The answer-key stamp or the worksheet's name field at the top right; returns its width. */
    private double mark(Canvas2D g, Rect area) {
        FontMetrics bold = FontMetrics.bold();
        if (edition.kind() == Edition.Kind.ANSWER_KEY) {
            String word = texts.get("stamp.answerKey").toUpperCase(texts.language().locale());
            double size = 14;
            double w = bold.width(word, size) + 20;
            double h = bold.lineHeight(size) + 8;
            double x = area.right() - w;
            g.setStroke(STAMP);
            g.setLineWidth(2);
            g.setDashes();
            g.strokeRoundRect(x, area.y(), w, h, 5);
            g.setFill(STAMP);
            g.text(word, x + 10, area.y() + 4 + bold.ascent(size), size, true);
            return w;
        }
        double size = 10;
        String title = texts.get("stamp.worksheet");
        String name = texts.get("worksheet.name");
        double lineLength = 150;
        double w = Math.max(bold.width(title, size), FontMetrics.regular().width(name, size) + 6 + lineLength);
        double x = area.right() - w;
        g.setFill(COLOURS.ink());
        g.text(title, x, area.y() + bold.ascent(size), size, true);
        double y = area.y() + bold.lineHeight(size) + FontMetrics.regular().ascent(size) + 2;
        g.text(name, x, y, size, false);
        g.setStroke(COLOURS.mutedInk());
        g.setLineWidth(0.6);
        g.setDashes();
        g.line(area.right() - lineLength, y + 1, area.right(), y + 1);
        return w;
    }

    /** Page "3 of 7" at the bottom right of {@code area}. */
    void pageNumber(Canvas2D g, Rect area, int number, int count) {
        String text = texts.get("page.number", number, count);
        FontMetrics regular = FontMetrics.regular();
        g.setFill(COLOURS.mutedInk());
        g.text(text, area.right() - regular.width(text, NUMBER_SIZE), area.bottom() - regular.descent(NUMBER_SIZE),
                NUMBER_SIZE, false);
    }

    /** "LÖSUNG" on an answer key, "Arbeitsblatt" on a worksheet, nothing on a handout. */
    String stampWord() {
        return switch (edition.kind()) {
            case HANDOUT -> "";
            case WORKSHEET -> texts.get("stamp.worksheet");
            case ANSWER_KEY -> texts.get("stamp.answerKey").toUpperCase(texts.language().locale());
        };
    }

    /** Page "3 of 7" centred on {@code centerX} with its baseline at {@code baseline}. */
    void pageNumberCentred(Canvas2D g, double centerX, double baseline, int number, int count) {
        String text = texts.get("page.number", number, count);
        g.setFill(COLOURS.mutedInk());
        g.text(text, centerX - FontMetrics.regular().width(text, NUMBER_SIZE) / 2, baseline, NUMBER_SIZE, false);
    }

    /** Width the page number needs, to keep the legend clear of it. */
    double pageNumberWidth(int count) {
        return FontMetrics.regular().width(texts.get("page.number", count, count), NUMBER_SIZE) + 12;
    }

    static String oneLine(String text, FontMetrics font, double size, double width) {
        List<String> lines = TextWrap.wrap(text.replace('\n', ' '), font, size, width, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
