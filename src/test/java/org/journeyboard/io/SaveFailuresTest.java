package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.journeyboard.io.SaveProblem.Cause;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving that fails for real (or, where this machine cannot provoke it, as the JDK reports it): the old file stays
 * as it was, no temporary file is left, and the user gets a sentence naming the file and the cause.
 */
class SaveFailuresTest {
    private static final JourneyMap OLD = GeneratedMaps.withCards(30, 1).withTitle("old");
    private static final JourneyMap NEW = OLD.withTitle("new");

    @TempDir
    Path dir;

    private Path savedOnce(String name) throws IOException {
        Path file = dir.resolve(name);
        JourneyFiles.write(OLD, file);
        return file;
    }

    private IOException saveFails(Path file, AtomicFile saving) {
        IOException[] caught = new IOException[1];
        assertThatThrownBy(() -> JourneyFiles.write(NEW, file, saving)).isInstanceOfSatisfying(IOException.class,
                e -> caught[0] = e);
        return caught[0];
    }

    private void assertOldFileAloneRemains(Path file, String... alsoThere) throws Exception {
        assertThat(JourneyFiles.read(file)).isEqualTo(OLD);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"))
                    .containsExactlyInAnyOrder(Stream.concat(Stream.of(file.getFileName().toString()),
                            Stream.of(alsoThere)).toArray(String[]::new));
        }
    }

    @Test
    void aFullDiskHalfWayLeavesTheOldFileAndSaysTheDiskIsFull() throws Exception {
        Path file = savedOnce("voll.journey.json");
        IOException e = saveFails(file, new AtomicFile((channel, data) -> {
            channel.write(ByteBuffer.wrap(data, 0, data.length / 3));
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }));
        assertOldFileAloneRemains(file);
        assertThat(SaveProblem.describe(e, file, Locale.ENGLISH))
                .startsWith("“voll.journey.json” could not be saved: the disk of the folder " + dir + " is full.");
        assertThat(SaveProblem.describe(e, file, Locale.GERMAN))
                .startsWith("„voll.journey.json“ konnte nicht gespeichert werden: Der Datenträger des Ordners " + dir
                        + " ist voll.");
    }

    @Test
    void aFolderRemovedMeanwhileIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("stick"));
        Path file = folder.resolve("map.journey.json");
        JourneyFiles.write(OLD, file);
        Files.delete(file);
        Files.delete(folder);
        IOException e = saveFails(file, new AtomicFile(AtomicFile.PLAIN));
        assertThat(folder).doesNotExist();
        assertThat(SaveProblem.causeOf(e, file)).isEqualTo(Cause.FOLDER_GONE);
        assertThat(SaveProblem.describe(e, file, Locale.ENGLISH)).contains("the folder " + folder + " no longer exists");
    }

    @Test
    void aNameTooLongForTheSystemIsNamedAndLeavesNothing() throws Exception {
        Path file = dir.resolve("k".repeat(300) + JourneyFiles.EXTENSION);
        IOException e = saveFails(file, new AtomicFile(AtomicFile.PLAIN));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(SaveProblem.causeOf(e, file)).isEqualTo(Cause.PATH_TOO_LONG);
        assertThat(SaveProblem.describe(e, file, Locale.GERMAN)).contains("zu lang");
    }

    @Test
    void aNameJustWithinTheLimitSavesBecauseTheTemporaryNameIsShortened() throws Exception {
        // 255 bytes is the limit of ext4, NTFS, APFS; the temporary file must not need more than the name itself
        String name = "ü".repeat(60) + "k".repeat(255 - 120 - JourneyFiles.EXTENSION.length()) + JourneyFiles.EXTENSION;
        Path file = dir.resolve(name);
        JourneyFiles.write(OLD, file);
        assertThat(JourneyFiles.read(file)).isEqualTo(OLD);
    }

    @Test
    void whenTheFileCannotBeReplacedTheTemporaryFileIsRemoved() throws Exception {
        Path file = dir.resolve("taken.journey.json");
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside"), "x");
        IOException e = saveFails(file, new AtomicFile(AtomicFile.PLAIN));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("taken.journey.json");
        }
        assertThat(SaveProblem.describe(e, file, Locale.ENGLISH)).startsWith("“taken.journey.json” could not be saved in ");
    }

    @Test
    void whenTheBackupCannotBeKeptTheOldFileStaysAndNothingIsLeft() throws Exception {
        Path file = savedOnce("map.journey.json");
        Path bak = Files.createDirectory(JourneyFiles.backupOf(file));
        Files.writeString(bak.resolve("inside"), "x");
        saveFails(file, new AtomicFile(AtomicFile.PLAIN));
        assertOldFileAloneRemains(file, "map.journey.json.bak");
    }

    /** Root ignores permissions, so these causes are checked as the JDK reports them on Linux, macOS and Windows. */
    @Test
    void permissionAndReadOnlyProblemsAsTheJdkReportsThem() throws Exception {
        Path file = savedOnce("map.journey.json");
        Path temp = dir.resolve(".map.journey.json.1.tmp");
        for (IOException e : new IOException[] {
            new AccessDeniedException(temp.toString()),
            new FileSystemException(temp.toString(), null, "Read-only file system"),
            new FileSystemException(temp.toString(), null, "Access is denied"),
            new FileSystemException(temp.toString(), null, "Operation not permitted")}) {
            assertThat(SaveProblem.causeOf(e, file)).as(e.toString()).isEqualTo(Cause.NO_PERMISSION);
        }
        assertThat(SaveProblem.describe(new AccessDeniedException(temp.toString()), file, Locale.ENGLISH))
                .isEqualTo("“map.journey.json” could not be saved: the folder " + dir + " is read-only or you have"
                        + " no permission to write there. The map is still open and unchanged; use Save As to put"
                        + " it somewhere else.");
        assertThat(SaveProblem.describe(new AccessDeniedException(temp.toString()), file, Locale.GERMAN))
                .contains("schreibgeschützt");
    }

    @Test
    void otherCausesAsTheJdkReportsThem() throws Exception {
        Path file = savedOnce("map.journey.json");
        assertThat(SaveProblem.causeOf(new FileSystemException("x", null, "There is not enough space on the disk"),
                file)).isEqualTo(Cause.DISK_FULL);
        assertThat(SaveProblem.causeOf(new FileSystemException("x", null, "Disk quota exceeded"), file))
                .isEqualTo(Cause.DISK_FULL);
        assertThat(SaveProblem.causeOf(new FileSystemException("x", null,
                "The filename or extension is too long"), file)).isEqualTo(Cause.PATH_TOO_LONG);
        assertThat(SaveProblem.causeOf(new NoSuchFileException("x"), file)).isEqualTo(Cause.FOLDER_GONE);
        IOException io = new FileSystemException("x", null, "Input/output error");
        assertThat(SaveProblem.causeOf(io, file)).isEqualTo(Cause.OTHER);
        assertThat(SaveProblem.describe(io, file, Locale.ENGLISH))
                .isEqualTo("“map.journey.json” could not be saved in " + dir + ": Input/output error. The map is"
                        + " still open and unchanged; try again or use Save As.");
        assertThat(SaveProblem.describe(new IOException(), file, Locale.GERMAN)).contains(": IOException.");
    }
}
