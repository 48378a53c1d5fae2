package org.journeyboard.interop;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * What JavaScript means by a space, a word character, "any character", {@code trim()} and {@code Number(text)}:
 * mermaid's grammar is written in JavaScript regular expressions, and Java's own classes differ from them (Java's
 * {@code \s} knows no no-break space, its {@code .} stops at U+0085 too).
 */
final class JavaScriptRules {
    /** JavaScript's {@code \s}: white space and line terminators. */
    static final String SPACE = "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    /** JavaScript's {@code \S}. */
    static final String NOT_SPACE = "[^\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";
    /** JavaScript's {@code \w} without the u flag: ASCII letters, digits and underscore. */
    static final String WORD = "[A-Za-z0-9_]";
    /** JavaScript's {@code .} without the s flag: anything but a line terminator. */
    static final String ANY = "[^\\n\\r\\u2028\\u2029]";

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|Infinity)");
    private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9A-Za-z]+)");

    private JavaScriptRules() {
    }

    static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                 '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    /** {@code String.prototype.trim()}. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code String.prototype.trimStart()}: how many characters it removes. */
    static int leadingSpaces(CharSequence s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code Number(text)}: blank is 0, hexadecimal, octal and binary literals count, anything else is NaN. */
    static double number(String text) {
        String t = trim(text);
        if (t.isEmpty()) {
            return 0;
        }
        if (DECIMAL.matcher(t).matches()) {
            return t.endsWith("Infinity")
                    ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                    : Double.parseDouble(t);
        }
        var radix = RADIX.matcher(t);
        if (radix.matches()) {
            int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            try {
                return new BigInteger(radix.group(2), base).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** How JavaScript prints a number: 5, 2.5, NaN, Infinity (enough for the scores a message names). */
    static String print(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e21) {
            return new java.math.BigDecimal(v).toPlainString();
        }
        return Double.toString(v);
    }
}
