package org.journeyboard.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mermaid's entity codes: {@code #58;} is the character 58, {@code #quot;} the HTML entity {@code &quot;}. mermaid
 * turns each into an HTML character reference in its SVG and the browser shows the character, so this decodes them
 * as HTML does: decimal numbers (with HTML's repairs of 0, surrogates, 128..159 and numbers beyond Unicode) and the
 * names of WHATWG's list (html-entities.tsv); an unknown name stays as the browser shows it, {@code &name;}.
 */
final class MermaidEntities {
    private static final Pattern ENTITY = Pattern.compile("#(" + JavaScriptRules.WORD + "+);");
    /** What HTML makes of the numbers 128..159 (the Windows-1252 characters); 0 where it keeps the number. */
    private static final String C1 = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
            + "\u0000\u017D\u0000\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
            + "\u0000\u017E\u0178";
    private static volatile Map<String, String> names;

    private MermaidEntities() {
    }

    /** The text with every entity code replaced by what a browser shows for it. */
    static String decode(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(character(m.group(1)));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String character(String inner) {
        if (inner.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String digits = inner.replaceFirst("^0+(?=.)", "");
            long n = digits.length() > 8 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (n == 0 || n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF) {
                return "\uFFFD";
            }
            if (n >= 128 && n <= 159 && C1.charAt((int) n - 128) != 0) {
                return String.valueOf(C1.charAt((int) n - 128));
            }
            return new String(Character.toChars((int) n));
        }
        String named = names().get(inner);
        return named != null ? named : "&" + inner + ";";
    }

    private static Map<String, String> names() {
        Map<String, String> m = names;
        if (m == null) {
            m = load();
            names = m;
        }
        return m;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>(4096);
        try (InputStream in = MermaidEntities.class.getResourceAsStream("html-entities.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                StringBuilder value = new StringBuilder();
                for (String hex : cols[1].split(" ")) {
                    value.appendCodePoint(Integer.parseInt(hex, 16));
                }
                m.put(cols[0], value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
