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
        return new TextBlock(WRAPPED.lines(text, width, size, bold, maxLines), x, top, size, bold);
    }

    /**
     * Lines already wrapped, by text and measure. A map is laid out again after every edit (each keystroke), and
     * wrapping every card's text again was a quarter of that at 10,000 cards; the lines depend on nothing else (the
     * bundled font's metrics are fixed), so the unchanged cards take theirs from here. Bounded: when full it starts
     * over. Safe from any thread (exports lay out maps in the background).
     */
    private static final WrappedLines WRAPPED = new WrappedLines(50_000);

    static final class WrappedLines {
        private record Key(String text, double width, double size, boolean bold, int maxLines) {
        }

        private final int capacity;
        private final java.util.concurrent.ConcurrentHashMap<Key, List<String>> lines =
                new java.util.concurrent.ConcurrentHashMap<>();

        WrappedLines(int capacity) {
            this.capacity = capacity;
        }

        List<String> lines(String text, double width, double size, boolean bold, int maxLines) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            Key key = new Key(text, width, size, bold, maxLines);
            List<String> known = lines.get(key);
            if (known != null) {
                return known;
            }
            List<String> wrapped = List.copyOf(TextWrap.wrap(text, FontMetrics.of(bold), size, width, maxLines));
            if (lines.size() >= capacity) {
                lines.clear();
            }
            lines.put(key, wrapped);
            return wrapped;
        }

        int size() {
            return lines.size();
        }
    }
}
