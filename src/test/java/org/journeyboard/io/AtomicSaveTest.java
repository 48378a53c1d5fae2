package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    @TempDir
    Path dir;

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("map.journey.json");
        JourneyMap v1 = GeneratedMaps.withCards(10, 1);
        JourneyMap v2 = v1.withTitle("second");
        JourneyMap v3 = v1.withTitle("third");
        JourneyFiles.write(v1, file);
        assertThat(names(dir)).containsExactly("map.journey.json");
        JourneyFiles.write(v2, file);
        assertThat(JourneyFiles.read(file)).isEqualTo(v2);
        assertThat(JourneyFiles.read(JourneyFiles.backupOf(file))).isEqualTo(v1);
        JourneyFiles.write(v3, file);
        assertThat(JourneyFiles.read(file)).isEqualTo(v3);
        assertThat(JourneyFiles.read(dir.resolve("map.journey.json.bak"))).isEqualTo(v2);
        assertThat(names(dir)).containsExactly("map.journey.json", "map.journey.json.bak");
        assertThat(Files.readString(file)).isEqualTo(JourneyJson.write(v3));
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileWholeAndNoTempFile() throws Exception {
        Path file = dir.resolve("map.journey.json");
        JourneyMap old = GeneratedMaps.withCards(50, 1);
        JourneyFiles.write(old, file);
        byte[] before = Files.readAllBytes(file);
        AtomicFile failing = new AtomicFile((channel, data) -> {
            channel.write(ByteBuffer.wrap(data, 0, data.length / 2));
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> JourneyFiles.write(old.withTitle("new"), file, failing))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(dir)).containsExactly("map.journey.json");
    }

    @Test
    void aFailingFirstSaveLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("new.journey.json");
        AtomicFile failing = new AtomicFile((channel, data) -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> JourneyFiles.write(GeneratedMaps.withCards(1, 1), file, failing))
                .isInstanceOf(IllegalStateException.class);
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutSideEffects() {
        Path file = dir.resolve("no-such-folder").resolve("map.journey.json");
        assertThatThrownBy(() -> JourneyFiles.write(GeneratedMaps.withCards(1, 1), file))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void savingDoesNotTouchTheMap() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(3, 2);
        Path file = dir.resolve("m.journey.json");
        JourneyFiles.write(map, file);
        assertThat(JourneyFiles.read(file).modified()).isEqualTo(map.modified());
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = dir.resolve("shared.journey.json");
        JourneyFiles.write(GeneratedMaps.withCards(3, 1), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        JourneyFiles.write(GeneratedMaps.withCards(3, 2), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void savingThroughASymbolicLinkChangesTheLinkedFile() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("map.journey.json");
        JourneyMap v1 = GeneratedMaps.withCards(3, 1);
        JourneyMap v2 = v1.withTitle("second");
        JourneyFiles.write(v1, real);
        Path link = Files.createSymbolicLink(dir.resolve("link.journey.json"), real);
        JourneyFiles.write(v2, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(JourneyFiles.read(real)).isEqualTo(v2);
        assertThat(JourneyFiles.read(JourneyFiles.backupOf(real))).isEqualTo(v1);
    }
}
