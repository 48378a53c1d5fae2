package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, measured with a {@link FontMetrics}: at spaces where it can, inside a word
 * that is wider than a whole line, at explicit line ends always; and ends with "…" when it needs more lines than
 * allowed.
 */
public final class TextWrap {
    /** The character that marks text cut short. */
    public static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    /** All lines of {@code text} within {@code width}; no limit on their number. */
    public static List<String> wrap(String text, FontMetrics font, double size, double width) {
        return wrap(text, font, size, width, Integer.MAX_VALUE);
    }

    /**
     * At most {@code maxLines} lines of {@code text} within {@code width}; if the text needs more, the last line ends
     * with an ellipsis. Empty text gives no lines.
     */
    public static List<String> wrap(String text, FontMetrics font, double size, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines <= 0) {
            return lines;
        }
        boolean cut = false;
        String[] paragraphs = text.strip().split("\\R", -1);
        for (int p = 0; p < paragraphs.length && !cut; p++) {
            cut = wrapParagraph(paragraphs[p].strip(), font, size, width, maxLines, lines);
            if (!cut && lines.size() == maxLines && p < paragraphs.length - 1) {
                cut = true;
            }
        }
        if (cut && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, withEllipsis(lines.get(last), font, size, width));
        }
        return lines;
    }

    /** Adds the lines of one paragraph; returns true when it stopped because {@code maxLines} was reached. */
    private static boolean wrapParagraph(String text, FontMetrics font, double size, double width, int maxLines,
                                         List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return false;
        }
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            if (lines.size() == maxLines) {
                return true;
            }
            int end = fitting(text, pos, font, size, width);
            if (end < n) {
                int space = text.lastIndexOf(' ', end);
                if (space > pos && text.charAt(end) != ' ') {
                    end = space;
                } else if (text.charAt(end) == ' ') {
                    // the break falls exactly on a space: keep the whole words before it
                } else {
                    end = Math.max(end, pos + 1);
                }
            }
            lines.add(text.substring(pos, end).stripTrailing());
            pos = end;
            while (pos < n && text.charAt(pos) == ' ') {
                pos++;
            }
        }
        return false;
    }

    /** The end index of the longest run from {@code from} that fits in {@code width} (at least one character). */
    private static int fitting(String text, int from, FontMetrics font, double size, double width) {
        double w = 0;
        int i = from;
        while (i < text.length()) {
            double next = w + font.advanceOf(text.charAt(i)) * size;
            if (next > width && i > from) {
                break;
            }
            w = next;
            i++;
        }
        return i;
    }

    private static String withEllipsis(String line, FontMetrics font, double size, double width) {
        String base = line.stripTrailing();
        while (!base.isEmpty() && font.width(base + ELLIPSIS, size) > width) {
            base = base.substring(0, base.length() - 1).stripTrailing();
        }
        return base + ELLIPSIS;
    }
}
