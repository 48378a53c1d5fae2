package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files that replace their targets together: all of them, or none. */
class AtomicBatchTest {
    private static final String OLD = "Arbeitsblatt – „alt“ 😀";
    private static final String NEW = "Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀";

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void put(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    @Test
    void aCommittedBatchReplacesEveryTargetAndLeavesNoTemporaryFile() throws Exception {
        Path sheet = dir.resolve("blatt.pdf");
        Path key = dir.resolve("blatt-answer-key.pdf");
        Files.writeString(sheet, OLD);
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            put(batch.create(sheet), NEW);
            put(batch.create(key), NEW + " Lösung");
            assertThat(Files.readString(sheet)).isEqualTo(OLD);
            batch.commit();
        }
        assertThat(Files.readString(sheet)).isEqualTo(NEW);
        assertThat(Files.readString(key)).isEqualTo(NEW + " Lösung");
        assertThat(names()).containsExactly("blatt-answer-key.pdf", "blatt.pdf");
    }

    @Test
    void aBatchClosedWithoutCommitLeavesTheTargetsAsTheyWere() throws Exception {
        Path sheet = dir.resolve("blatt.pdf");
        Files.writeString(sheet, OLD);
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            put(batch.create(sheet), NEW);
            put(batch.create(dir.resolve("neu.pdf")), NEW);
        }
        assertThat(Files.readString(sheet)).isEqualTo(OLD);
        assertThat(names()).containsExactly("blatt.pdf");
    }

    @Test
    void whenALaterMoveFailsTheEarlierTargetsGetTheirOldContentBack() throws Exception {
        Path sheet = dir.resolve("blatt.pdf");
        Path fresh = dir.resolve("zweites.pdf");
        Path key = dir.resolve("blatt-answer-key.pdf");
        Files.writeString(sheet, OLD);
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            put(batch.create(sheet), NEW);
            put(batch.create(fresh), NEW);
            put(batch.create(key), NEW);
            // between writing and moving, someone puts a folder with a file in it where the key goes
            Files.createDirectories(key);
            Files.writeString(key.resolve("notiz.txt"), OLD);
            assertThatThrownBy(batch::commit).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(sheet)).isEqualTo(OLD);
        assertThat(names()).containsExactly("blatt-answer-key.pdf", "blatt.pdf");
        assertThat(Files.readString(key.resolve("notiz.txt"))).isEqualTo(OLD);
    }

    @Test
    void aFolderOrTheSameFileTwiceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Ordner"));
        Path sheet = dir.resolve("blatt.pdf");
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            assertThatThrownBy(() -> batch.create(folder)).isInstanceOf(IOException.class);
            batch.create(sheet);
            assertThatThrownBy(() -> batch.create(dir.resolve(".").resolve("blatt.pdf").normalize()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(names()).containsExactly("Ordner");
    }
}
