package org.journeyboard.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a file so that at every moment the target is either the whole old or the whole new content: write a
 * temporary file beside it, force it to disk, keep the old one as {@code .bak}, then move the new one over.
 * {@link Batch} does the same for several files written as streams (an export and its answer key): all or none.
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

    /** A batch of files that replace their targets together or not at all; see {@link Batch}. */
    public static Batch batch() {
        return new Batch();
    }

    /**
     * Files written as streams, each into a temporary file beside its target, then forced to disk and moved into
     * place together by {@link #commit()}. Closing the batch without a commit (an error, a cancel) removes the
     * temporary files and leaves every target as it was. Should a later move fail after an earlier one succeeded,
     * the earlier targets get their old content back, so the files land all or none. No {@code .bak} is kept:
     * a batch is for files the program can write again (exports), not for the user's only copy.
     */
    public static final class Batch implements AutoCloseable {
        private record Part(Path target, Path temp, FileChannel channel, OutputStream stream) {
        }

        private final List<Part> parts = new ArrayList<>();
        private boolean committed;

        private Batch() {
        }

        /**
         * A stream for the new content of {@code target}. Closing it only flushes it; the batch closes the file.
         * Throws when the target is a folder, before anything is written.
         */
        public OutputStream create(Path target) throws IOException {
            if (committed) {
                throw new IllegalStateException("batch already committed");
            }
            Path absolute = realTarget(target.toAbsolutePath());
            if (Files.isDirectory(absolute)) {
                throw new FileAlreadyExistsException(absolute.toString(), null, "is a folder");
            }
            for (Part part : parts) {
                if (part.target().equals(absolute)) {
                    throw new IllegalArgumentException("the same file twice in one batch: " + absolute);
                }
            }
            Path temp = null;
            FileChannel channel = null;
            while (channel == null) {
                temp = freeTempName(absolute);
                try {
                    channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException taken) {
                    // another export chose the same random name a moment ago: take the next
                }
            }
            OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024) {
                @Override
                public void close() throws IOException {
                    // the writers (PDFBox, ImageIO) may close what they were given; the batch still needs the file
                    flush();
                }
            };
            parts.add(new Part(absolute, temp, channel, stream));
            return stream;
        }

        /** Forces every file to disk and moves them all into place; on failure every target is as it was. */
        public void commit() throws IOException {
            if (committed) {
                throw new IllegalStateException("batch already committed");
            }
            for (Part part : parts) {
                part.stream().flush();
                part.channel().force(true);
                part.channel().close();
                keepPermissions(part.target(), part.temp());
            }
            List<Path> undo = new ArrayList<>();
            int moved = 0;
            try {
                for (Part part : parts) {
                    undo.add(Files.isRegularFile(part.target()) ? keepForUndo(part.target()) : null);
                    move(part.temp(), part.target());
                    moved++;
                }
                committed = true;
            } catch (IOException | RuntimeException | Error e) {
                for (int i = moved - 1; i >= 0; i--) {
                    try {
                        if (undo.get(i) != null) {
                            move(undo.get(i), parts.get(i).target());
                        } else {
                            Files.deleteIfExists(parts.get(i).target());
                        }
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            } finally {
                for (Path kept : undo) {
                    if (kept != null) {
                        Files.deleteIfExists(kept);
                    }
                }
            }
            Set<Path> folders = new LinkedHashSet<>();
            parts.forEach(p -> folders.add(p.target().getParent()));
            folders.forEach(AtomicFile::syncFolder);
        }

        /** Removes the temporary files of a batch that was not committed. */
        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (Part part : parts) {
                try {
                    part.channel().close();
                    if (!committed) {
                        Files.deleteIfExists(part.temp());
                    }
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            parts.clear();
            if (failure != null) {
                throw failure;
            }
        }

        /** A second name for the old content (a hard link, or a copy where links are not supported). */
        private static Path keepForUndo(Path target) throws IOException {
            Path undo = freeTempName(target);
            try {
                Files.createLink(undo, target);
            } catch (UnsupportedOperationException | SecurityException | IOException e) {
                try {
                    Files.copy(target, undo);
                } catch (IOException | RuntimeException copyFailed) {
                    Files.deleteIfExists(undo);
                    throw copyFailed;
                }
            }
            return undo;
        }

        /**
         * ".NAME.random.tmp" beside {@code target}, as {@code Files.createTempFile} names it, but without its
         * SecureRandom: seeding that loads the security providers, a hundred classes, on every command-line export.
         * The name only has to be free; CREATE_NEW (or the link) then claims it.
         */
        private static Path freeTempName(Path target) {
            return target.resolveSibling(tempPrefix(target.getFileName().toString())
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        }

        private static void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
