package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSON paths in the form users see in messages: {@code $.cards[3].phase}. */
final class JsonPaths {
    static final String ROOT = "$";
    private static final int MAX_SEGMENTS = 12;

    private JsonPaths() {
    }

    /** The path of the value a parser is on, from Jackson's parsing context. */
    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    segments.push(index(c.getCurrentIndex()));
                }
            } else if (c.getCurrentName() != null) {
                segments.push(field(c.getCurrentName()));
            }
        }
        StringBuilder sb = new StringBuilder(ROOT);
        int shown = 0;
        for (String segment : segments) {
            if (++shown > MAX_SEGMENTS) {
                // a hostile file nests thousands deep; the user needs the start of the path, not all of it
                sb.append("…");
                break;
            }
            sb.append(segment);
        }
        return sb.toString();
    }

    static String index(int i) {
        return "[" + i + "]";
    }

    /** {@code .name} for plain names, {@code ['odd name']} for anything else. */
    static String field(String name) {
        if (!name.isEmpty() && name.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))
                && !Character.isDigit(name.charAt(0))) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path one level up, or null at the root. */
    static String parent(String path) {
        if (path.equals(ROOT)) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? ROOT : path.substring(0, cut);
    }
}
