package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds line:column for problems the validator found on the model: a second pass over the text, run only when
 * there are problems, so that a good file pays nothing for it. A missing field gets its object's location.
 */
final class LocationFinder {
    private LocationFinder() {
    }

    static List<Problem> locate(List<Problem> problems, JsonParser p) throws IOException {
        Set<String> wanted = new HashSet<>();
        for (Problem problem : problems) {
            for (String path = problem.jsonPath(); path != null; path = JsonPaths.parent(path)) {
                wanted.add(path);
            }
        }
        Map<String, JsonLocation> found = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                continue;
            }
            String path = JsonPaths.of(p.getParsingContext());
            if (wanted.contains(path)) {
                found.putIfAbsent(path, p.currentTokenLocation());
            }
            if (!wanted.contains(path) && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                p.skipChildren();
            }
        }
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            JsonLocation loc = null;
            for (String path = problem.jsonPath(); path != null && loc == null; path = JsonPaths.parent(path)) {
                loc = found.get(path);
            }
            located.add(loc == null || loc.getLineNr() <= 0 ? problem : problem.at(loc.getLineNr(), loc.getColumnNr()));
        }
        return located;
    }
}
