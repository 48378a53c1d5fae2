package org.journeyboard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.journeyboard.io.recovery.RecoveryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {
    @TempDir
    Path dir;

    @Test
    void everyChildKeepsItsDataAndPreferencesInFoldersOfItsOwn() throws Exception {
        ChildJvm child = ChildJvm.of(dir, List.of(), ShowsItsFolders.class.getName());
        Path dataDir;
        Path prefsDir;
        ChildJvm.Result result;
        try (ChildJvm.Running running = child.start(); ChildJvm.Running other = child.start()) {
            dataDir = running.dataDir();
            prefsDir = running.prefsDir();
            assertThat(dataDir).isNotEqualTo(other.dataDir()).startsWithRaw(dir);
            assertThat(prefsDir).isNotEqualTo(other.prefsDir()).startsWithRaw(dir);
            result = running.awaitExit();
            other.awaitExit();
        }

        assertThat(result.exitCode()).as(result.output()).isZero();
        // the folder the app itself computes for recovery snapshots
        assertThat(result.output()).contains("recovery " + dataDir.resolve("recovery").toAbsolutePath());
        try (Stream<Path> written = Files.walk(prefsDir)) {
            assertThat(written.filter(p -> p.getFileName().toString().equals("prefs.xml")))
                    .as("the preference the child wrote").isNotEmpty();
        }
    }

    @Test
    void aChildThatNeverEndsIsDestroyedAtTheDeadlineAndTheFailureShowsWhatItPrinted() {
        ChildJvm child = ChildJvm.of(dir, List.of(), NeverEnds.class.getName()).deadline(Duration.ofSeconds(3));
        long start = System.nanoTime();
        try (ChildJvm.Running running = child.start()) {
            assertThatThrownBy(running::awaitExit).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("did not end within 3 s")
                    .hasMessageContaining("a recovery dialog, say");
        }
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void waitingForALineHasTheDeadlineToo() {
        ChildJvm child = ChildJvm.of(dir, List.of(), NeverEnds.class.getName()).deadline(Duration.ofSeconds(3));
        try (ChildJvm.Running running = child.start()) {
            assertThatThrownBy(() -> running.awaitLine(l -> l.startsWith("first-paint ")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("did not print the line wanted")
                    .hasMessageContaining("a recovery dialog, say");
            assertThat(running.output()).contains("a recovery dialog, say");
        }
    }

    @Test
    void aChildThatEndsWithoutTheLineFailsAtOnce() {
        ChildJvm child = ChildJvm.of(dir, List.of(), ShowsItsFolders.class.getName());
        try (ChildJvm.Running running = child.start()) {
            assertThatThrownBy(() -> running.awaitLine(l -> l.startsWith("first-paint ")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("ended without printing")
                    .hasMessageContaining("recovery ");
        }
    }

    /** Prints where it keeps recovery snapshots and writes one preference. */
    public static final class ShowsItsFolders {
        private ShowsItsFolders() {
        }

        public static void main(String[] args) throws Exception {
            System.out.println("recovery " + RecoveryStore.inUserDataDir().folder());
            Preferences node = Preferences.userRoot().node("org/journeyboard/child-jvm-test");
            node.put("written", "yes");
            node.flush();
        }
    }

    /** Prints a line and then waits forever, as a child stuck in a modal dialog would. */
    public static final class NeverEnds {
        private NeverEnds() {
        }

        public static void main(String[] args) throws Exception {
            System.out.println("showing a recovery dialog, say");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
