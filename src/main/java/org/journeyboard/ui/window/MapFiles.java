package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;

/** How the window reads and writes map files; tests put in their own to provoke failures. */
public interface MapFiles {
    /** Reads and validates a map file; problems come as a JourneyFileException with messages for people. */
    JourneyMap read(Path file) throws Exception;

    /** Saves atomically; the old file stays intact on failure. */
    void write(JourneyMap map, Path file) throws IOException;

    /** The real files, with messages in {@code locale}. */
    static MapFiles onDisk(Locale locale) {
        return new MapFiles() {
            @Override
            public JourneyMap read(Path file) throws Exception {
                return JourneyFiles.read(file, locale);
            }

            @Override
            public void write(JourneyMap map, Path file) throws IOException {
                JourneyFiles.write(map, file);
            }
        };
    }
}
