package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeyboard.model.Colour;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of the value a parser is on: a value of the wrong type is reported (with path and line:column),
 * skipped, and read as "absent", so that one read finds every such problem instead of stopping at the first.
 */
class ValueReader {
    /** Reads one element of an array; the parser is on the element's first token. */
    @FunctionalInterface
    interface Element<T> {
        T read() throws IOException;
    }

    final JsonParser p;
    final ProblemLog log;
    private final Map<String, String> interned = new HashMap<>();
    private String[][] names = new String[8][];
    private int[] counts = new int[8];
    private int depth = -1;

    ValueReader(JsonParser p, ProblemLog log) {
        this.p = p;
        this.log = log;
    }

    /** Text, or null if absent, null or of the wrong type. */
    String text() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return wrongType(t, "type.text");
    }

    /** Text that recurs across the file (ids, references), shared rather than copied to keep a big map small. */
    String sharedText() throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        String known = interned.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    Integer integer() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            log.at(p, "value.tooLarge", p.getText());
            return null;
        }
        return wrongType(t, "type.integer");
    }

    /** A number, or null if absent or of the wrong type. */
    Double number() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        return wrongType(t, "type.number");
    }

    Boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return wrongType(t, "type.boolean");
    }

    List<String> strings() throws IOException {
        return list(() -> {
            String s = text();
            return s == null ? "" : s;
        });
    }

    /** An array read element by element; null if the value is not an array. */
    <T> List<T> list(Element<T> element) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_ARRAY) {
            return wrongType(t, "type.array");
        }
        List<T> items = new ArrayList<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY && next != null; next = p.nextToken()) {
            T item = element.read();
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** True if the parser is on an object; otherwise reports the wrong type, skips it and returns false. */
    boolean isObject() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            beginObject();
            return true;
        }
        wrongType(t, "type.object");
        return false;
    }

    /** Starts reading an object whose START_OBJECT the parser is on (isObject does this). */
    void beginObject() {
        depth++;
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
        }
        counts[depth] = 0;
    }

    /** The next field name of the current object, with the parser moved onto its value; null at the object's end. */
    String nextField() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            depth--;
            return null;
        }
        String name = p.currentName();
        checkDuplicate(name);
        p.nextToken();
        return name;
    }

    /**
     * A field given twice is a mistake in a hand-edited file. Jackson's own check allocates a set per object, the
     * largest single cost of reading; objects here have a dozen fields, so a reused array per depth is enough.
     */
    private void checkDuplicate(String name) {
        String[] seen = names[depth];
        int count = counts[depth];
        if (seen == null || count == seen.length) {
            seen = seen == null ? new String[16] : Arrays.copyOf(seen, count * 2);
            names[depth] = seen;
        }
        for (int i = 0; i < count; i++) {
            if (name.equals(seen[i])) {
                log.at(p, "syntax.duplicateField", name);
                break;
            }
        }
        seen[count] = name;
        counts[depth] = count + 1;
    }

    byte[] base64() throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            log.at(p, "picture.notBase64");
            return null;
        }
    }

    Colour colour() throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        try {
            return Colour.parse(s);
        } catch (IllegalArgumentException e) {
            log.at(p, "value.colour", s);
            return null;
        }
    }

    Instant instant() throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            log.at(p, "value.instant", s);
            return null;
        }
    }

    <E> E code(Function<String, E> parse, E[] values, Function<E, String> codeOf)
            throws IOException {
        String s = text();
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "));
            log.at(p, "value.unknownCode", s, allowed);
            return null;
        }
    }

    private <T> T wrongType(JsonToken found, String expectedKey) throws IOException {
        if (found != JsonToken.VALUE_NULL) {
            log.at(p, "value.wrongType", log.messages().text(expectedKey), log.messages().text(typeKey(found)));
        }
        p.skipChildren();
        return null;
    }

    private static String typeKey(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "type.text";
            case VALUE_NUMBER_INT -> "type.integer";
            case VALUE_NUMBER_FLOAT -> "type.number";
            case VALUE_TRUE, VALUE_FALSE -> "type.boolean";
            case START_ARRAY -> "type.array";
            case START_OBJECT -> "type.object";
            default -> "type.null";
        };
    }
}
