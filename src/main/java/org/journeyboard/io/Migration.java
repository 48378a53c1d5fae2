package org.journeyboard.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One step of the migration chain: turns a map file tree of {@link #from()} into one of {@code from() + 1}.
 * A file of an older format version passes through every step up to the current version before it is read.
 */
interface Migration {
    /** The format version this step reads. */
    int from();

    /** Rewrites the tree in place; the reader sets formatVersion afterwards. */
    void migrate(ObjectNode root);

    /**
     * The steps of this Journeyboard: none yet, because version 1 is the first. When version 2 comes, add a step
     * from 1 here and raise {@link JourneyJson#FORMAT_VERSION}.
     */
    static List<Migration> chain() {
        return List.of();
    }
}
