package org.journeyboard.io;

import java.util.Set;

/** The field names of map files, per object, in the order they are written. */
final class FileKeys {
    static final String FORMAT_NAME = "journeyboard";

    static final Set<String> MAP = Set.of("format", "formatVersion", "title", "description", "language", "author",
            "created", "modified", "personas", "phases", "lanes", "cards", "curves");
    static final Set<String> PERSONA = Set.of("id", "name", "role", "goals", "needs", "frustrations", "picture");
    static final Set<String> PICTURE = Set.of("mediaType", "data");
    static final Set<String> PHASE = Set.of("id", "name", "colour", "width", "goal", "strategies", "kpis");
    static final Set<String> KPI = Set.of("name", "target", "actual");
    static final Set<String> LANE = Set.of("id", "kind", "title", "hidden", "height", "fitToContent");
    static final Set<String> CARD = Set.of("id", "phase", "lane", "order", "kind", "title", "notes", "touchpoint",
            "severity", "impact", "effort", "emotion", "votes");
    static final Set<String> TOUCHPOINT = Set.of("type", "customType", "reach", "channel");
    static final Set<String> CURVE = Set.of("id", "name", "colour", "persona", "points");
    static final Set<String> POINT = Set.of("id", "phase", "position", "score", "label");

    /**
     * Touchpoints and pictures have no {@code Extras} of their own; their unknown fields are kept in the card's or
     * persona's extras under the key "touchpoint" or "picture" (a JSON object), which can never clash with an unknown
     * field because those names are known.
     */
    static final String NESTED_TOUCHPOINT = "touchpoint";
    static final String NESTED_PICTURE = "picture";

    private FileKeys() {
    }
}
