package org.journeyboard.layout;

import java.util.List;

/**
 * Lines of text already broken to fit, with the position of the block's top-left corner, its type size and weight.
 * Every backend draws line {@code i} at {@link #baseline(int)}, so all of them place text identically.
 */
public record TextBlock(List<String> lines, double x, double top, double size, boolean bold) {
    public TextBlock {
        lines = List.copyOf(lines);
    }

    /** A block with no lines at the given place. */
    public static TextBlock empty(double x, double top) {
        return new TextBlock(List.of(), x, top, 1, false);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Baseline-to-baseline distance of the block's lines. */
    public double lineHeight() {
        return FontMetrics.of(bold).lineHeight(size);
    }

    /** The y of line {@code i}'s baseline. */
    public double baseline(int i) {
        return top + FontMetrics.of(bold).ascent(size) + i * lineHeight();
    }

    /** Total height of the lines (0 for none). */
    public double height() {
        return lines.size() * lineHeight();
    }

    /** Width of the widest line. */
    public double width() {
        FontMetrics font = FontMetrics.of(bold);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, font.width(line, size));
        }
        return w;
    }

    /** All lines joined by spaces, e.g. for tests and search. */
    public String text() {
        return String.join(" ", lines);
    }

    /**
     * Wraps {@code text} into at most {@code maxLines} lines of {@code width} and places them at (x, top).
     */
    public static TextBlock wrap(String text, double x, double top, double width, double size, boolean bold,
                                 int maxLines) {
        return new TextBlock(TextWrap.wrap(text, FontMetrics.of(bold), size, width, maxLines), x, top, size, bold);
    }
}
