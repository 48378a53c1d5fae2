package org.journeyboard.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fields of a file that this version of Journeyboard does not know, kept so that a round trip does not drop them.
 * Each value is the field's raw JSON text; the model never interprets it.
 */
public record Extras(SortedMap<String, String> rawJson) {
    public static final Extras NONE = new Extras(new TreeMap<>());

    public Extras {
        rawJson = Collections.unmodifiableSortedMap(new TreeMap<>(rawJson == null ? Map.of() : rawJson));
    }

    public static Extras of(Map<String, String> rawJson) {
        return rawJson == null || rawJson.isEmpty() ? NONE : new Extras(new TreeMap<>(rawJson));
    }

    public boolean isEmpty() {
        return rawJson.isEmpty();
    }
}
