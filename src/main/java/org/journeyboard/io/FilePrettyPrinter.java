package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Layout of map files (and of the other JSON we write): two-space indent, LF, one value per line (arrays too), {@code "key": value},
 * and {@code []}/{@code {}} when empty, so that a small edit gives a small diff.
 */
public final class FilePrettyPrinter implements PrettyPrinter {
    private static final int MAX_CACHED = 64;
    private static final String[] NEWLINE_INDENT = new String[MAX_CACHED];

    static {
        StringBuilder sb = new StringBuilder("\n");
        for (int i = 0; i < MAX_CACHED; i++) {
            NEWLINE_INDENT[i] = sb.toString();
            sb.append("  ");
        }
    }

    private int depth;

    private static void newline(JsonGenerator g, int level) throws IOException {
        if (level < MAX_CACHED) {
            g.writeRaw(NEWLINE_INDENT[level]);
        } else {
            g.writeRaw('\n');
            for (int i = 0; i < level; i++) {
                g.writeRaw("  ");
            }
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newline(g, depth);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newline(g, depth);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newline(g, depth);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newline(g, depth);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newline(g, depth);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            newline(g, depth);
        }
        g.writeRaw(']');
    }
}
