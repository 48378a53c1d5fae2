package org.journeyboard.paint;

import org.journeyboard.layout.FontMetrics;

/**
 * Makes text drawable with the bundled font: every character the font has no glyph for (emoji, CJK, control
 * characters) becomes one visible replacement mark, so an export never crashes on it and never drops it silently.
 */
public final class Glyphs {
    /** The mark drawn for a character the font lacks: the Unicode replacement character. */
    public static final int REPLACEMENT = 0xFFFD;

    private Glyphs() {
    }

    /** {@code text} with each code point the font cannot show replaced by {@link #REPLACEMENT} (or "?"). */
    public static String drawable(String text, FontMetrics font) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!font.canDisplay(cp) || Character.isISOControl(cp)) {
                return replaceFrom(text, i, font);
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    private static String replaceFrom(String text, int start, FontMetrics font) {
        String mark = font.canDisplay(REPLACEMENT) ? new String(Character.toChars(REPLACEMENT)) : "?";
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, start);
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!font.canDisplay(cp) || Character.isISOControl(cp)) {
                sb.append(mark);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
