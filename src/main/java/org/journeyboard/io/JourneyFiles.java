package org.journeyboard.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;

/** Map files on disk: reading with every problem reported, and atomic saving that keeps the previous version. */
public final class JourneyFiles {
    /** The extension of map files. */
    public static final String EXTENSION = ".journey.json";

    private static final AtomicFile SAVING = new AtomicFile(AtomicFile.PLAIN);

    private JourneyFiles() {
    }

    /** Reads and validates a map file, with messages in the default locale. */
    public static JourneyMap read(Path file) throws JourneyFileException {
        return read(file, Locale.getDefault());
    }

    /** Reads and validates a map file; a missing or unreadable file is a problem like any other. */
    public static JourneyMap read(Path file, Locale locale) throws JourneyFileException {
        Messages messages = new Messages(locale);
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw failure(name, messages.text("file.isDirectory"));
            }
            if (Files.size(file) > JsonSetup.MAX_FILE_BYTES) {
                throw failure(name, messages.text("file.tooLarge", JsonSetup.MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure(name, messages.text("file.notFound"));
        } catch (AccessDeniedException e) {
            throw failure(name, messages.text("file.noAccess"));
        } catch (IOException e) {
            throw failure(name, messages.text("file.unreadable", String.valueOf(e.getMessage())));
        }
        return MapReader.CURRENT.read(bytes, name, messages);
    }

    /**
     * Saves a map atomically: the file on disk is always either the old or the new version, the old one is kept
     * as {@code NAME.journey.json.bak}, and on failure nothing but the old file is left. Changes nothing in the map
     * (the caller sets {@code modified}).
     */
    public static void write(JourneyMap map, Path file) throws IOException {
        write(map, file, SAVING);
    }

    static void write(JourneyMap map, Path file, AtomicFile saving) throws IOException {
        saving.replace(file, JourneyJson.bytes(map));
    }

    /** Where the previous version of a file is kept. */
    public static Path backupOf(Path file) {
        return AtomicFile.backupOf(file);
    }

    private static JourneyFileException failure(String file, String message) {
        return new JourneyFileException(List.of(new Problem(file, "", 0, 0, message)));
    }
}
