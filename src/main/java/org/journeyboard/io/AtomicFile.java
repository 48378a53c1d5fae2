package org.journeyboard.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a file so that at every moment the target is either the whole old or the whole new content: write a
 * temporary file beside it, force it to disk, keep the old one as {@code .bak}, then move the new one over.
 */
public final class AtomicFile {
    /** Puts the bytes into the open temporary file; replaceable so that tests can make it fail half way. */
    @FunctionalInterface
    interface Writing {
        void write(FileChannel channel, byte[] data) throws IOException;
    }

    static final Writing PLAIN = (channel, data) -> {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    };

    private static final int MAX_NAME_IN_TEMP = 40;
    /**
     * A temporary file older than this was left by a crash (or a killed process): a save in progress writes its own
     * within seconds, so one this old is nobody's.
     */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(5);
    /** Our temporary names: the prefix of {@link #tempPrefix}, the random number Files.createTempFile adds, .tmp. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\.(.+)\\.\\d+\\.tmp");

    private final Writing writing;

    AtomicFile(Writing writing) {
        this.writing = writing;
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    void replace(Path target, byte[] data) throws IOException {
        Path absolute = realTarget(target.toAbsolutePath());
        Path dir = absolute.getParent();
        removeLeftovers(dir, absolute.getFileName().toString(), Instant.now());
        Path temp = Files.createTempFile(dir, tempPrefix(absolute.getFileName().toString()), ".tmp");
        moveIntoPlace(temp, absolute, data, writing, () -> {
            keepPermissions(absolute, temp);
            if (Files.isRegularFile(absolute)) {
                keepBackup(absolute);
            }
        });
        syncFolder(dir);
    }

    /**
     * Writes {@code data} whole to {@code target} through a temporary file named {@code tempPrefix…tempSuffix}
     * beside it, with no backup: for files of the program's own, such as recovery snapshots.
     */
    public static void writeWhole(Path target, byte[] data, String tempPrefix, String tempSuffix) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), tempPrefix, tempSuffix);
        moveIntoPlace(temp, target, data, PLAIN, () -> { });
    }

    /** A step that may fail with an IOException. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /**
     * Puts {@code data} into {@code temp}, forces it to disk, runs {@code beforeMove}, then moves {@code temp} over
     * {@code target}. On any failure the temporary file is removed and the target is as it was.
     */
    private static void moveIntoPlace(Path temp, Path target, byte[] data, Writing writing, Step beforeMove)
            throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writing.write(channel, data);
                channel.force(true);
            }
            beforeMove.run();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Saving through a symbolic link (a map linked into a shared folder) must change the file the link points to;
     * moving over the link would replace the link with a plain file and leave the real map unchanged.
     */
    private static Path realTarget(Path target) throws IOException {
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            return target.toRealPath();
        }
        return target;
    }

    /**
     * A temporary file is private to its owner (rw-------); the saved map must keep the permissions the old file had
     * (a map in a shared folder stays readable for colleagues), and a new map gets the usual rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * The temporary file is named after the target so that a user who finds one knows what it was, but shortened:
     * a target name near the system's limit of 255 must not fail only because the temporary name is longer.
     */
    static String tempPrefix(String targetName) {
        // 40 characters are at most 160 bytes in UTF-8, leaving room for the random part and .tmp
        int keep = Math.min(targetName.length(), MAX_NAME_IN_TEMP);
        if (keep > 0 && Character.isHighSurrogate(targetName.charAt(keep - 1))) {
            keep--;
        }
        return "." + targetName.substring(0, keep) + ".";
    }

    /**
     * Removes the temporary files a crash left in {@code dir} while saving a map there: names of our own pattern
     * only ({@code .NAME.journey.json.12345.tmp}, or this target's own shortened prefix for a long name), regular
     * files older than {@link #LEFTOVER_AGE}. Best effort: what cannot be listed or removed stays.
     */
    static void removeLeftovers(Path dir, String targetName, Instant now) {
        String ownPrefix = tempPrefix(targetName);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> isLeftover(f.getFileName().toString(), ownPrefix))
                    .filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> olderThan(f, now.minus(LEFTOVER_AGE)))
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException | RuntimeException e) {
                            // someone else's file after all, or read-only: leave it
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed is no reason not to save
        }
    }

    private static boolean isLeftover(String name, String ownPrefix) {
        Matcher m = TEMP_NAME.matcher(name);
        if (!m.matches()) {
            return false;
        }
        return m.group(1).endsWith(JourneyFiles.EXTENSION) || name.startsWith(ownPrefix);
    }

    private static boolean olderThan(Path file, Instant limit) {
        try {
            return Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    /** A hard link costs no copying; file systems without links (FAT on USB sticks) get a copy. */
    private static void keepBackup(Path target) throws IOException {
        Path bak = backupOf(target);
        Files.deleteIfExists(bak);
        try {
            Files.createLink(bak, target);
        } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
            Files.copy(target, bak, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.copy(target, bak, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the OS allows it (Linux, macOS); elsewhere it is best effort. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; the file itself is already on disk
        }
    }
}
