package org.journeyboard.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private RecoveryStore store() {
        return new RecoveryStore(dir.resolve("recovery"));
    }

    private JourneyMap snapshot(String id) throws Exception {
        return JourneyFiles.read(store().folder().resolve(RecoveryStore.key(id) + JourneyFiles.EXTENSION));
    }

    /**
     * Polls until {@code condition} holds: when exactly the background thread runs is not ours to say. The deadline
     * only ends a wait that would otherwise never end; it is far beyond any machine's slowness, not a speed test.
     */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void aDirtyMapIsWrittenWhenTheIntervalHasPassed() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(10, 1).withTitle("v1");
        try (Autosaver autosaver = new Autosaver(store(), Duration.ofMillis(100))) {
            autosaver.update("doc", map, null, true);
            assertThat(eventually(() -> store().has("doc"))).isTrue();
            assertThat(snapshot("doc")).isEqualTo(map);
        }
    }

    @Test
    void saveSoonWritesAtOnceWithoutWaitingForTheInterval() throws Exception {
        try (Autosaver autosaver = new Autosaver(store(), NEVER)) {
            autosaver.update("doc", GeneratedMaps.withCards(3, 1), null, true);
            Thread.sleep(50);
            assertThat(store().has("doc")).isFalse();
            autosaver.saveSoon();
            assertThat(eventually(() -> store().has("doc"))).isTrue();
        }
    }

    @Test
    void onlyTheLatestStateIsWrittenAndOnlyDirtyMapsAreWritten() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(3, 1);
        try (Autosaver autosaver = new Autosaver(store(), NEVER)) {
            autosaver.update("clean", map, null, false);
            for (int i = 0; i < 10; i++) {
                autosaver.update("doc", map.withTitle("v" + i), dir.resolve("m.journey.json"), true);
            }
            autosaver.flush();
            assertThat(snapshot("doc").title()).isEqualTo("v9");
            assertThat(store().has("clean")).isFalse();
            assertThat(dir.resolve("m.journey.json")).doesNotExist();
        }
    }

    @Test
    void savingClosingOrUndoingToTheSavedStateRemovesTheSnapshot() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(3, 1);
        try (Autosaver autosaver = new Autosaver(store(), Duration.ofMillis(50))) {
            for (String id : new String[] {"saved", "closed", "undone"}) {
                autosaver.update(id, map, null, true);
            }
            autosaver.flush();
            assertThat(store().has("saved") && store().has("closed") && store().has("undone")).isTrue();
            autosaver.saved("saved");
            autosaver.closed("closed");
            autosaver.update("undone", map, null, false);
            assertThat(eventually(() -> !store().has("saved") && !store().has("closed") && !store().has("undone")))
                    .isTrue();
            // a change after saving makes a new snapshot
            autosaver.update("saved", map.withTitle("again"), null, true);
            assertThat(eventually(() -> store().has("saved"))).isTrue();
        }
    }

    @Test
    void aFailingWriteIsLoggedAndRetriedNeverThrown() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        RecoveryStore broken = new RecoveryStore(blocker.resolve("recovery"));
        try (Autosaver autosaver = new Autosaver(broken, Duration.ofMillis(50))) {
            autosaver.update("doc", GeneratedMaps.withCards(2, 1), null, true);
            autosaver.flush();
            assertThat(autosaver.lastFailure()).isPresent();
            Files.delete(blocker);
            assertThat(eventually(() -> broken.has("doc"))).as("retried once the folder can be made").isTrue();
            assertThat(eventually(() -> autosaver.lastFailure().isEmpty())).isTrue();
        }
    }

    @Test
    void updateOnlyKeepsAReferenceAndWritesNothingItself() throws Exception {
        // what it costs is for the benchmarks; here: the caller's thread never writes, whatever the map's size
        JourneyMap huge = GeneratedMaps.withCards(20_000, 1);
        try (Autosaver autosaver = new Autosaver(store(), NEVER)) {
            for (int i = 0; i < 10_000; i++) {
                autosaver.update("doc", huge.withTitle("Stand " + i), null, true);
            }
            assertThat(store().has("doc")).isFalse();
            autosaver.flush();
            assertThat(snapshot("doc").title()).isEqualTo("Stand 9999");
        }
    }

    @Test
    void closeWritesWhatIsStillDirtyRemovesWhatWasClosedAndStopsTheThread() throws Exception {
        Autosaver autosaver = new Autosaver(store(), NEVER);
        autosaver.update("open", GeneratedMaps.withCards(2, 1).withTitle("last"), null, true);
        autosaver.update("gone", GeneratedMaps.withCards(2, 1), null, true);
        autosaver.flush();
        autosaver.closed("gone");
        autosaver.close();
        assertThat(snapshot("open").title()).isEqualTo("last");
        assertThat(store().has("gone")).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("journeyboard-autosave"));
    }
}
