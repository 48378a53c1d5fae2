package org.journeyboard.io.recovery;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.io.JourneyJson;
import org.journeyboard.model.JourneyMap;

/**
 * The recovery folder: snapshots of unsaved maps, written while the user works, offered again after a crash.
 *
 * <p>Each document has two files named after a hash of its id: {@code KEY.journey.json}, an ordinary map file (a
 * user can even open it by hand), and {@code KEY.recovery}, which says whose it is: document id, original file,
 * time, and the process that wrote it. The note is written before the map, so a map file is never without a note
 * that is at most one snapshot old. Both are replaced atomically. Snapshots whose writer still runs belong to
 * another open Journeyboard and are not offered. Nothing here ever writes outside the recovery folder.
 */
public final class RecoveryStore {
    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());
    static final String NOTE_SUFFIX = ".recovery";
    private static final String NOTE_FORMAT = "journeyboard-recovery-1";

    private final Path folder;
    private final WriterProcess self;

    /** A store in {@code folder}; the folder is created with the first snapshot. */
    public RecoveryStore(Path folder) {
        this(folder, WriterProcess.current());
    }

    RecoveryStore(Path folder, WriterProcess self) {
        this.folder = folder.toAbsolutePath().normalize();
        this.self = self;
    }

    /**
     * The store in the user's data folder: {@code $XDG_DATA_HOME/journeyboard/recovery} (default
     * {@code ~/.local/share}) on Linux, {@code %LOCALAPPDATA%\Journeyboard\recovery} on Windows,
     * {@code ~/Library/Application Support/Journeyboard/recovery} on macOS. The system property
     * {@code journeyboard.dataDir} replaces the part before {@code recovery}.
     */
    public static RecoveryStore inUserDataDir() {
        return new RecoveryStore(DataFolder.current().resolve("recovery"));
    }

    /** The folder this store keeps its files in. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes a snapshot of {@code map} for {@code documentId}, replacing the previous one; the file on disk is the
     * old or the new snapshot at every moment. Blocks for the time of one write, so call it off the UI thread
     * ({@link Autosaver} does).
     *
     * @param originalFileOrNull the user's file for this map, remembered for the recovery list; never written
     */
    public void save(String documentId, JourneyMap map, Path originalFileOrNull) throws IOException {
        byte[] data = JourneyJson.bytes(map);
        createFolder();
        Properties note = new Properties();
        note.setProperty("format", NOTE_FORMAT);
        note.setProperty("documentId", documentId);
        note.setProperty("title", map.title());
        if (originalFileOrNull != null) {
            note.setProperty("originalFile", originalFileOrNull.toAbsolutePath().toString());
        }
        note.setProperty("savedAt", Instant.now().toString());
        note.setProperty("pid", Long.toString(self.pid()));
        if (self.start() != null) {
            note.setProperty("processStart", self.start().toString());
        }
        StringWriter text = new StringWriter();
        note.store(text, null);
        String key = key(documentId);
        SnapshotFile.write(folder.resolve(key + NOTE_SUFFIX), text.toString().getBytes(StandardCharsets.UTF_8),
                self.pid());
        SnapshotFile.write(mapFile(key), data, self.pid());
    }

    /**
     * The snapshots left by programs that no longer run, newest first. Snapshots of a running Journeyboard (this
     * one or another) are left out, and so are snapshots that cannot be read or do not load as a map; those stay
     * on disk untouched. Also removes half-written temporary files of programs that ended.
     */
    public List<RecoveredMap> list() {
        List<RecoveredMap> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the recovery folder " + folder, e);
            return found;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(NOTE_SUFFIX)) {
                read(file).ifPresent(found::add);
            } else {
                removeIfStaleTemp(file, name);
            }
        }
        found.sort(Comparator.comparing(RecoveredMap::savedAt).reversed());
        return found;
    }

    /** Reads a recovered map, with problems in the default language. */
    public JourneyMap load(RecoveredMap recovered) throws JourneyFileException {
        return load(recovered, Locale.getDefault());
    }

    /** Reads a recovered map; a snapshot that has become unreadable gives the usual file problems. */
    public JourneyMap load(RecoveredMap recovered, Locale locale) throws JourneyFileException {
        return JourneyFiles.read(recovered.snapshot(), locale);
    }

    /**
     * Removes the snapshot of {@code documentId}, if there is one. Never throws: a snapshot that cannot be removed
     * is logged and at worst offered once more at the next start.
     */
    public void discard(String documentId) {
        String key = key(documentId);
        // the note first: a map without a note is never offered, a note without a map would be
        for (Path file : List.of(folder.resolve(key + NOTE_SUFFIX), mapFile(key))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove the recovery snapshot " + file, e);
            }
        }
    }

    /** Whether a snapshot of {@code documentId} is on disk (whoever wrote it). */
    public boolean has(String documentId) {
        String key = key(documentId);
        return Files.isRegularFile(folder.resolve(key + NOTE_SUFFIX)) && Files.isRegularFile(mapFile(key));
    }

    private Optional<RecoveredMap> read(Path noteFile) {
        try {
            Properties note = new Properties();
            try (Reader in = Files.newBufferedReader(noteFile, StandardCharsets.UTF_8)) {
                note.load(in);
            }
            if (!NOTE_FORMAT.equals(note.getProperty("format"))) {
                return Optional.empty();
            }
            String documentId = required(note, "documentId");
            String start = note.getProperty("processStart");
            WriterProcess writer = new WriterProcess(Long.parseLong(required(note, "pid")),
                    start == null ? null : Instant.parse(start));
            if (writer.isAlive()) {
                return Optional.empty();
            }
            Path map = mapFile(key(documentId));
            // a snapshot that does not load would only give the user an error instead of their work
            String title = JourneyFiles.read(map, Locale.ROOT).title();
            String original = note.getProperty("originalFile");
            return Optional.of(new RecoveredMap(documentId, title, original == null ? null : Path.of(original),
                    Instant.parse(required(note, "savedAt")), map));
        } catch (IOException | JourneyFileException | RuntimeException e) {
            LOG.log(Level.WARNING, "skipping the unreadable recovery snapshot " + noteFile + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String required(Properties note, String key) {
        String value = note.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    private void removeIfStaleTemp(Path file, String name) {
        long pid = SnapshotFile.writerOfTemp(name);
        if (pid >= 0 && !new WriterProcess(pid, null).isAlive()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "cannot remove " + file, e);
            }
        }
    }

    private Path mapFile(String key) {
        return folder.resolve(key + JourneyFiles.EXTENSION);
    }

    /** Snapshots may hold confidential workshop material: on POSIX systems only the user may enter the folder. */
    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another Journeyboard created it a moment ago
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    /** A file name for any id: ids come from the UI and might contain anything a path cannot. */
    static String key(String documentId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
