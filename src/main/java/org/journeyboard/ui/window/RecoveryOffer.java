package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A map an earlier run left unsaved, as the start-up dialog lists it.
 *
 * @param id      the recovery store's id of the snapshot
 * @param title   the map's title
 * @param file    the user's file of the map; null when it was never saved
 * @param savedAt when the snapshot was written
 */
public record RecoveryOffer(String id, String title, Path file, Instant savedAt) {
}
