package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files a crash left beside maps go at the next save into that folder; nothing else does. */
class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, Duration age) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "{ \"halb geschrieben\": ");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
        return f;
    }

    private String[] names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void crashLeftoversOfAnyMapInTheFolderAreRemovedAtTheNextSave() throws Exception {
        Duration old = Duration.ofMinutes(30);
        file(".Nachbar erzählt – „sofort“ 😀.journey.json.8141598116345418374.tmp", old);
        file(".workshop.journey.json.42.tmp", old);
        // a long name is shortened in its temporary name: the map's own leftovers are known by that prefix
        String longName = "Customer Journey Einbruchschutz Reihenhaus Stadtrand Familie Krüger.journey.json";
        file(AtomicFile.tempPrefix(longName) + "977.tmp", old);
        // not ours, or too young to be a crash's: they stay
        file(".workshop.journey.json.42.tmp.keep", old);
        file("workshop.journey.json.42.tmp", old);
        file(".notizen.txt.42.tmp", old);
        file(".anderer.journey.json.abc.tmp", old);
        file(".gerade.journey.json.7.tmp", Duration.ofSeconds(20));
        Files.createDirectory(dir.resolve(".ordner.journey.json.5.tmp"));

        JourneyMap map = GeneratedMaps.withCards(5, 1);
        JourneyFiles.write(map, dir.resolve(longName));

        assertThat(names()).containsExactlyInAnyOrder(longName,
                ".workshop.journey.json.42.tmp.keep", "workshop.journey.json.42.tmp", ".notizen.txt.42.tmp",
                ".anderer.journey.json.abc.tmp", ".gerade.journey.json.7.tmp", ".ordner.journey.json.5.tmp");
        assertThat(JourneyFiles.read(dir.resolve(longName))).isEqualTo(map);
    }

    @Test
    void aTemporaryFileOfTheRealPatternIsRecognised() throws Exception {
        // the names AtomicFile really makes are the ones removed: one left behind by a save that was cut off
        Path target = dir.resolve("echt.journey.json");
        Path temp = Files.createTempFile(dir, AtomicFile.tempPrefix("echt.journey.json"), ".tmp");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        JourneyFiles.write(GeneratedMaps.withCards(3, 1), target);
        assertThat(names()).containsExactly("echt.journey.json");
    }
}
