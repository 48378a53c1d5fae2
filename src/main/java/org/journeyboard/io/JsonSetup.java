package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/** The one Jackson factory for map files, with the limits that keep a hostile file from exhausting memory. */
final class JsonSetup {
    /** Files above this size are refused before parsing. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** Our format nests about 6 deep; the rest is room for unknown fields of newer versions. */
    static final int MAX_DEPTH = 100;
    /** Room for a picture's base64 text a little over the 2 MB picture limit, so that it gets the picture message. */
    static final int MAX_STRING_CHARS = 8 * 1024 * 1024;
    static final int MAX_NUMBER_CHARS = 64;
    static final int MAX_NAME_CHARS = 10_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            // duplicate fields are found by ValueReader at a fraction of the cost of Jackson's check
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonSetup() {
    }
}
