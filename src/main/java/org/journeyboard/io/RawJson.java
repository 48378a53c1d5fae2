package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Copies JSON values token by token, keeping numbers exactly as written: unknown fields go into {@code Extras}
 * as compact text and come back out into the file with the file's own layout.
 */
final class RawJson {
    private RawJson() {
    }

    /** The value the parser is on (and everything inside it), as compact JSON text. */
    static String capture(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(out)) {
            copy(p, g);
        }
        return out.toString();
    }

    /** Writes the raw JSON text as the next value of {@code g}. */
    static void write(String rawJson, JsonGenerator g) throws IOException {
        try (JsonParser p = JsonSetup.FACTORY.createParser(rawJson)) {
            if (p.nextToken() == null) {
                throw new IllegalArgumentException("unknown field value is not JSON: '" + rawJson + "'");
            }
            copy(p, g);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("unknown field value is not JSON: '" + rawJson + "'", e);
        }
    }

    /** Compact canonical text of a raw JSON value (what {@link #capture} would give for it). */
    static String canonical(String rawJson) {
        try (JsonParser p = JsonSetup.FACTORY.createParser(rawJson)) {
            p.nextToken();
            return capture(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compact JSON object of raw JSON values, in the map's order. */
    static String object(java.util.Map<String, String> fields) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (java.util.Map.Entry<String, String> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeRawValue(e.getValue());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void copy(JsonParser p, JsonGenerator g) throws IOException {
        int depth = 0;
        JsonToken t = p.currentToken();
        while (true) {
            switch (t) {
                case START_OBJECT -> {
                    g.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    g.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    g.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    g.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> g.writeFieldName(p.currentName());
                case VALUE_STRING -> g.writeString(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                case VALUE_TRUE -> g.writeBoolean(true);
                case VALUE_FALSE -> g.writeBoolean(false);
                case VALUE_NULL -> g.writeNull();
                default -> throw new IOException("unexpected token " + t);
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
            if (t == null) {
                throw new IOException("unexpected end of input");
            }
        }
    }
}
