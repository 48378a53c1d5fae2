package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import org.journeyboard.io.JourneyFiles;

/** File names the window proposes and completes. */
final class FileNames {
    private FileNames() {
    }

    /** {@code file}, with .journey.json added unless it already ends so (a bare .json is completed too). */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(JourneyFiles.EXTENSION)) {
            return file;
        }
        String base = lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(base + JourneyFiles.EXTENSION);
    }

    /** A file name made from a map title: letters, digits and dashes, never empty. */
    static String forTitle(String title) {
        String base = title == null ? "" : title.strip()
                .replaceAll("[\\\\/:*?\"<>|()\\[\\],;]+", " ")
                .replaceAll("\\s+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "journey" : base) + JourneyFiles.EXTENSION;
    }
}
