package org.journeyboard.io.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A map left behind by a Journeyboard that ended without saving it, as offered at the next start.
 *
 * @param documentId   the id the ended program gave the document (pass it to {@link RecoveryStore#discard})
 * @param title        the map's title when the snapshot was written
 * @param originalFile the file the map was opened from or last saved to; null for a map that never had a file
 * @param savedAt      when the snapshot was written
 * @param snapshot     the snapshot file itself, a normal map file that {@link RecoveryStore#load} reads
 */
public record RecoveredMap(String documentId, String title, Path originalFile, Instant savedAt, Path snapshot) {
}
