package org.journeyboard.interop;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text on its way through mermaid's pre-processing, each character remembering where it stood in the file, so
 * that a problem found after comments and front matter are gone still names the line and column the user sees.
 */
final class SourceText {
    private final String file;
    private final String text;
    /** origin[i]: the offset in {@link #file} of text's character i; one more entry for the end. */
    private final int[] origin;

    private SourceText(String file, String text, int[] origin) {
        this.file = file;
        this.text = text;
        this.origin = origin;
    }

    static SourceText of(String file) {
        int[] origin = new int[file.length() + 1];
        for (int i = 0; i <= file.length(); i++) {
            origin[i] = i;
        }
        return new SourceText(file, file, origin);
    }

    String text() {
        return text;
    }

    /** Where text's character {@code index} stood in the file. */
    int origin(int index) {
        return origin[Math.min(Math.max(index, 0), text.length())];
    }

    /**
     * Every match replaced: a replacement as long as its match keeps each character's place (a quote swapped, an
     * entity guarded), any other stands where its match began.
     */
    SourceText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        IntList places = new IntList(text.length() + 1);
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            String r = replacement.apply(m.toMatchResult());
            copy(last, m.start(), out, places);
            boolean sameLength = r.length() == m.end() - m.start();
            for (int i = 0; i < r.length(); i++) {
                out.append(r.charAt(i));
                places.add(origin[sameLength ? m.start() + i : m.start()]);
            }
            changed |= !r.contentEquals(text.subSequence(m.start(), m.end()));
            last = m.end();
        }
        if (!changed) {
            return this;
        }
        copy(last, text.length(), out, places);
        places.add(origin[text.length()]);
        return new SourceText(file, out.toString(), places.toArray());
    }

    /** The text from {@code start} on. */
    SourceText from(int start) {
        int[] o = new int[text.length() - start + 1];
        System.arraycopy(origin, start, o, 0, o.length);
        return new SourceText(file, text.substring(start), o);
    }

    /** The text with {@code start..end} cut out. */
    SourceText cut(int start, int end) {
        if (start == end) {
            return this;
        }
        int[] o = new int[origin.length - (end - start)];
        System.arraycopy(origin, 0, o, 0, start);
        System.arraycopy(origin, end, o, start, origin.length - end);
        return new SourceText(file, text.substring(0, start) + text.substring(end), o);
    }

    /** The text with {@code suffix} added, placed at the end of the file. */
    SourceText append(String suffix) {
        int[] o = new int[origin.length + suffix.length()];
        System.arraycopy(origin, 0, o, 0, origin.length);
        for (int i = origin.length; i < o.length; i++) {
            o[i] = file.length();
        }
        return new SourceText(file, text + suffix, o);
    }

    /** Line and column (both from 1, the column in characters as an editor counts them) of text's {@code index}. */
    int[] lineAndColumn(int index) {
        return position(file, origin(index));
    }

    /** Line and column (both from 1) of {@code offset} in {@code file}; CR LF, LF and a lone CR end a line. */
    static int[] position(String file, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= file.length() || file.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int end = Math.min(offset, file.length());
        return new int[] {line, file.codePointCount(lineStart, Math.max(lineStart, end)) + 1};
    }

    private void copy(int from, int to, StringBuilder out, IntList places) {
        out.append(text, from, to);
        for (int i = from; i < to; i++) {
            places.add(origin[i]);
        }
    }

    /** A growing list of ints, without boxing a number per character. */
    private static final class IntList {
        private int[] items;
        private int size;

        IntList(int capacity) {
            items = new int[Math.max(capacity, 4)];
        }

        void add(int v) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
