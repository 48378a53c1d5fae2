package org.journeyboard.io.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Journeyboard keeps its own data on each system (not the user's maps, which live where the user puts them). */
final class DataFolder {
    /** Overrides the base folder, so that tests and portable installs keep their data elsewhere. */
    static final String PROPERTY = "journeyboard.dataDir";

    private DataFolder() {
    }

    /** The data folder for this machine and user. */
    static Path current() {
        return of(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    /** The data folder for the given system facts; a blank override or variable counts as not set. */
    static Path of(String override, String osName, String home, Map<String, String> env) {
        if (isSet(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = isSet(local) ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Journeyboard");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Journeyboard");
        }
        // the XDG base directory specification: a relative XDG_DATA_HOME is invalid and must be ignored
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("journeyboard");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
