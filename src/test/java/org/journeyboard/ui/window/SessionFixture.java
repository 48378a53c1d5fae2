package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.Messages;

/** A session over fake dialogs and recovery, real files in {@code dir}, and a background the test controls. */
final class SessionFixture {
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    final FakeDialogs dialogs = new FakeDialogs();
    final FakeRecovery recovery = new FakeRecovery();
    final MemoryPreferences prefs = new MemoryPreferences();
    final HeldBackground background = new HeldBackground();
    /** The maps written, in order, with their files. */
    final List<JourneyMap> writtenMaps = new ArrayList<>();
    /** Thrown by the next read instead of reading (an Error too). */
    Throwable readFailure;
    final DocumentSession session;

    SessionFixture(Locale locale) {
        MapFiles disk = MapFiles.onDisk(locale);
        MapFiles files = new MapFiles() {
            @Override
            public JourneyMap read(Path file) throws Exception {
                if (readFailure != null) {
                    throw sneaky(readFailure);
                }
                return disk.read(file);
            }

            @Override
            public void write(JourneyMap map, Path file) throws IOException {
                writtenMaps.add(map);
                disk.write(map, file);
            }
        };
        session = new DocumentSession(new Messages(locale), dialogs, files, new RecentFiles(prefs.node("recent")),
                new WindowSettings(prefs), recovery, background, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Path write(JourneyMap map, Path file) throws IOException {
        JourneyFiles.write(map, file);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
