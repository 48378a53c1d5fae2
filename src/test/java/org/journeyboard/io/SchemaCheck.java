package org.journeyboard.io;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates file text against the JSON Schema shipped in the jar; reusable for templates and samples:
 * {@code assertThat(SchemaCheck.problems(Files.readString(file))).isEmpty()}.
 */
public final class SchemaCheck {
    /** Where the schema lives on the classpath (and in the jar). */
    public static final String RESOURCE = "/org/journeyboard/io/journey-map.schema.json";

    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a map file's text, each naming its place; empty when the file conforms. */
    public static List<String> problems(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
