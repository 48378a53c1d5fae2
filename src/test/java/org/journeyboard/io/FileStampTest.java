package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void aFileChangedByAnotherProgramIsNoticedEvenWithTheSameSizeAndTime() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(10, 1).withTitle("AAAA");
        Path file = dir.resolve("m.journey.json");
        JourneyFiles.write(map, file);
        FileStamp opened = FileStamp.of(file);
        assertThat(opened.changedSince(file)).isFalse();
        assertThat(opened.size()).isEqualTo(Files.size(file));

        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("AAAA", "BBBB"));
        Files.setLastModifiedTime(file, time);
        assertThat(opened.changedSince(file)).isTrue();
    }

    @Test
    void aFileOnlyTouchedIsNotChangedButARemovedOneIs() throws Exception {
        Path file = dir.resolve("m.journey.json");
        JourneyFiles.write(GeneratedMaps.withCards(3, 1), file);
        FileStamp opened = FileStamp.of(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(opened.changedSince(file)).isFalse();
        Files.delete(file);
        assertThat(opened.changedSince(file)).isTrue();
    }

    @Test
    void aNewStampAfterOurOwnSaveIsUnchanged() throws Exception {
        Path file = dir.resolve("m.journey.json");
        JourneyMap map = GeneratedMaps.withCards(3, 1);
        JourneyFiles.write(map, file);
        FileStamp opened = FileStamp.of(file);
        JourneyFiles.write(map.withTitle("changed"), file);
        assertThat(opened.changedSince(file)).isTrue();
        assertThat(FileStamp.of(file).changedSince(file)).isFalse();
    }

    @Test
    void theWarningNamesTheFileInBothLanguages() {
        Path file = dir.resolve("m.journey.json");
        assertThat(FileStamp.changedMessage(file, Locale.ENGLISH))
                .isEqualTo("“m.journey.json” was changed on disk by another program since it was opened or last saved.");
        assertThat(FileStamp.changedMessage(file, Locale.GERMAN)).startsWith("„m.journey.json“ wurde seit dem Öffnen");
    }
}
