package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import org.journeyboard.io.FileStamp;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;

/**
 * A map read from a file, with the stamp of the file taken just before reading it and, when already computed, the
 * map's layout (null otherwise).
 */
record LoadedFile(JourneyMap map, FileStamp stamp, MapLayout layout) {
    /**
     * Reads {@code file}; the stamp is taken first, so that a change in between shows as a change on the next save
     * (a warning too many at worst, never one missed).
     */
    static LoadedFile read(Path file, MapFiles files) throws Exception {
        FileStamp stamp = stampOf(file);
        return new LoadedFile(files.read(file), stamp, null);
    }

    /** This with the map laid out (off the UI thread, for the file read at start). */
    LoadedFile laidOut() {
        return layout != null ? this : new LoadedFile(map, stamp, MapLayout.of(map));
    }

    /** The file as it is now; null when it cannot be read, and then there is nothing to compare before saving. */
    static FileStamp stampOf(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            return null;
        }
    }
}
