package org.journeyboard.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    /** This very process id with another start time: a process that ended, whose id was given to us since. */
    static final WriterProcess ENDED = new WriterProcess(ProcessHandle.current().pid(), Instant.EPOCH);

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("data").resolve("recovery");
    }

    /** A store that writes like a Journeyboard that has since crashed. */
    private RecoveryStore crashed() {
        return new RecoveryStore(folder(), ENDED);
    }

    private RecoveryStore nextStart() {
        return new RecoveryStore(folder());
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSnapshotOfAnEndedProgramIsOfferedWithTitleFileAndTimeAndLoadsAsTheMap() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(40, 1).withTitle("Workshop Montag");
        Path original = dir.resolve("workshop.journey.json");
        crashed().save("doc-1", map, original);

        List<RecoveredMap> offered = nextStart().list();

        assertThat(offered).hasSize(1);
        RecoveredMap r = offered.get(0);
        assertThat(r.documentId()).isEqualTo("doc-1");
        assertThat(r.title()).isEqualTo("Workshop Montag");
        assertThat(r.originalFile()).isEqualTo(original.toAbsolutePath());
        assertThat(r.savedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(r.snapshot().getParent()).isEqualTo(folder().toAbsolutePath());
        assertThat(nextStart().load(r)).isEqualTo(map);
        assertThat(original).doesNotExist();
    }

    @Test
    void aMapWithoutAFileIsOfferedWithoutOne() throws Exception {
        crashed().save("untitled", JourneyMap.empty("Neu", null, Instant.EPOCH), null);
        assertThat(nextStart().list()).singleElement().satisfies(r -> assertThat(r.originalFile()).isNull());
    }

    @Test
    void snapshotsOfARunningProgramAreNotOffered() throws Exception {
        // this test's own process is the running Journeyboard
        nextStart().save("mine", GeneratedMaps.withCards(3, 1), null);
        crashed().save("theirs", GeneratedMaps.withCards(3, 2), null);
        assertThat(nextStart().list()).extracting(RecoveredMap::documentId).containsExactly("theirs");
        assertThat(nextStart().has("mine")).isTrue();
    }

    @Test
    void saveReplacesTheSnapshotAndLeavesNoTemporaryFiles() throws Exception {
        RecoveryStore store = crashed();
        JourneyMap map = GeneratedMaps.withCards(5, 1);
        for (int i = 0; i < 5; i++) {
            store.save("doc", map.withTitle("v" + i), null);
        }
        String key = RecoveryStore.key("doc");
        assertThat(filesIn(folder())).containsExactly(key + ".journey.json", key + ".recovery");
        assertThat(nextStart().list()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("v4"));
    }

    @Test
    void newestFirst() throws Exception {
        crashed().save("old", JourneyMap.empty("old", null, Instant.EPOCH), null);
        Thread.sleep(5);
        crashed().save("new", JourneyMap.empty("new", null, Instant.EPOCH), null);
        assertThat(nextStart().list()).extracting(RecoveredMap::title).containsExactly("new", "old");
    }

    @Test
    void discardRemovesBothFilesAndUnknownIdsAreNoError() throws Exception {
        crashed().save("doc", GeneratedMaps.withCards(3, 1), null);
        nextStart().discard("doc");
        nextStart().discard("never-saved");
        assertThat(filesIn(folder())).isEmpty();
        assertThat(nextStart().list()).isEmpty();
        assertThat(nextStart().has("doc")).isFalse();
    }

    @Test
    void unreadableSnapshotsAreSkippedAndLeftAlone() throws Exception {
        crashed().save("good", GeneratedMaps.withCards(3, 1), null);
        crashed().save("torn-map", GeneratedMaps.withCards(3, 2), null);
        crashed().save("bad-note", GeneratedMaps.withCards(3, 3), null);
        Path tornMap = folder().resolve(RecoveryStore.key("torn-map") + ".journey.json");
        Files.writeString(tornMap, "{\"format\": \"journeyboard\", \"formatVer");
        Files.writeString(folder().resolve(RecoveryStore.key("bad-note") + ".recovery"), "pid=oops\n");
        Files.writeString(folder().resolve("stranger.recovery"), "\\u12");
        Files.createDirectory(folder().resolve("a-folder.recovery"));

        assertThat(nextStart().list()).extracting(RecoveredMap::documentId).containsExactly("good");
        assertThat(Files.readString(tornMap)).startsWith("{\"format\"");
        assertThat(folder().resolve("stranger.recovery")).exists();
    }

    @Test
    void aMissingFolderListsNothing() {
        assertThat(new RecoveryStore(dir.resolve("nothing-here")).list()).isEmpty();
    }

    @Test
    void halfWrittenFilesOfEndedProgramsAreCleanedUpButNotThoseOfRunningOnes() throws Exception {
        crashed().save("doc", GeneratedMaps.withCards(1, 1), null);
        Path ended = folder().resolve(SnapshotFile.tempPrefix(999_999_999L) + "x.journey.json.123.tmp");
        Path running = folder().resolve(SnapshotFile.tempPrefix(ProcessHandle.current().pid()) + "y.recovery.9.tmp");
        Files.writeString(ended, "{");
        Files.writeString(running, "{");
        assertThat(nextStart().list()).hasSize(1);
        assertThat(ended).doesNotExist();
        assertThat(running).exists();
    }

    @Test
    void anyDocumentIdIsAFileNameInsideTheFolder() throws Exception {
        for (String id : new String[] {"../../etc/passwd", "C:\\x:y*?<>|", "ä ö/ü", ""}) {
            crashed().save(id, JourneyMap.empty(id, null, Instant.EPOCH), null);
        }
        assertThat(nextStart().list()).extracting(RecoveredMap::documentId)
                .containsExactlyInAnyOrder("../../etc/passwd", "C:\\x:y*?<>|", "ä ö/ü", "");
        assertThat(filesIn(folder())).hasSize(8).allMatch(n -> n.matches("[0-9a-f]{32}\\.(journey\\.json|recovery)"));
    }

    @Test
    void onPosixOnlyTheUserMayEnterTheFolder() throws Exception {
        crashed().save("doc", GeneratedMaps.withCards(1, 1), null);
        if (Files.getFileStore(folder()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder()))).isEqualTo("rwx------");
        }
    }

    @Test
    void theDataFolderFollowsEachSystemsConvention() {
        Map<String, String> none = Map.of();
        assertThat(DataFolder.of(null, "Linux", "/home/ada", none)).isEqualTo(Path.of("/home/ada/.local/share/journeyboard"));
        assertThat(DataFolder.of(null, "Linux", "/home/ada", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/journeyboard"));
        assertThat(DataFolder.of(null, "Linux", "/home/ada", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ada/.local/share/journeyboard"));
        assertThat(DataFolder.of(null, "Windows 11", "C:\\Users\\ada", Map.of("LOCALAPPDATA", "D:\\Local")))
                .isEqualTo(Path.of("D:\\Local", "Journeyboard"));
        assertThat(DataFolder.of(null, "Mac OS X", "/Users/ada", none))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Journeyboard"));
        assertThat(DataFolder.of("/tmp/jb", "Mac OS X", "/Users/ada", none)).isEqualTo(Path.of("/tmp/jb"));
    }

    @Test
    void theSystemPropertyMovesTheUserDataFolder() {
        String before = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, dir.toString());
        try {
            assertThat(RecoveryStore.inUserDataDir().folder()).isEqualTo(dir.resolve("recovery").toAbsolutePath());
        } finally {
            if (before == null) {
                System.clearProperty(DataFolder.PROPERTY);
            } else {
                System.setProperty(DataFolder.PROPERTY, before);
            }
        }
    }

    @Test
    void theSnapshotIsAnOrdinaryMapFile() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(7, 4);
        crashed().save("doc", map, null);
        assertThat(JourneyFiles.read(nextStart().list().get(0).snapshot())).isEqualTo(map);
    }
}
