package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeyboard.io.recovery.RecoveredMap;
import org.journeyboard.io.recovery.RecoveryStore;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of saving: a child JVM saves a map over and over ({@link SavingLoop}) and is killed at
 * random moments. After every kill the map file is one whole version that was written, never torn or empty, and
 * the recovery folder offers a snapshot that loads. {@code Process.destroyForcibly()} is SIGKILL on Linux and
 * macOS and TerminateProcess on Windows: no shutdown hook, no finally block runs in the child.
 */
class KillTest {
    static final JourneyMap BASE = GeneratedMaps.withCards(300, 7);
    private static final int KILLS = 50;
    /** Two children at a time: a JVM spends most of its short life starting, and the machine has two cores. */
    private static final int PARALLEL = 2;

    @TempDir
    Path dir;

    @Test
    void aMapFileSurvivesFiftyKillsInTheMiddleOfSaving() throws Exception {
        long seed = new Random().nextLong();
        System.out.println("[kill] seed " + seed);
        Random random = new Random(seed);
        AtomicInteger maxSavedSeen = new AtomicInteger();
        int midWrite = 0;
        for (int round = 0; round < KILLS / PARALLEL; round++) {
            Child[] children = new Child[PARALLEL];
            for (int i = 0; i < PARALLEL; i++) {
                children[i] = new Child(dir.resolve("run" + round + "-" + i));
            }
            for (Child child : children) {
                child.awaitReady();
            }
            for (Child child : children) {
                Thread.sleep(random.nextInt(60));
                child.kill();
            }
            for (Child child : children) {
                child.check(seed);
                maxSavedSeen.accumulateAndGet(child.saved, Math::max);
                midWrite += child.leftTemporaryFile() ? 1 : 0;
            }
        }
        System.out.println("[kill] " + KILLS + " kills; up to " + maxSavedSeen.get() + " saves before one; "
                + midWrite + " left a half-written temporary file (killed in the middle of writing)");
        assertThat(maxSavedSeen.get()).as("the children really were saving when killed").isPositive();
    }

    /** One child JVM with its own map file and recovery folder. */
    private static final class Child {
        final Path file;
        final Path recovery;
        final Process process;
        final Thread reader;
        final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        volatile int saved;

        Child(Path folder) throws Exception {
            Files.createDirectories(folder);
            file = folder.resolve("map.journey.json");
            recovery = folder.resolve("recovery");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xshare:auto", "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(),
                    file.toString(), recovery.toString())
                    .redirectError(folder.resolve("stderr.txt").toFile()).start();
            // destroying a process closes its streams, so the output is read as it comes
            reader = new Thread(this::readOutput, "kill-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void readOutput() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("saved ")) {
                        saved = Integer.parseInt(line.substring(6));
                    }
                }
            } catch (java.io.IOException e) {
                // the stream closes when the child is killed
            }
        }

        void awaitReady() throws Exception {
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("child ready; stderr: %s", stderr()).isTrue();
        }

        void kill() throws Exception {
            int before = saved;
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(2000);
            saved = Math.max(before, saved);
        }

        void check(long seed) throws Exception {
            JourneyMap onDisk = JourneyFiles.read(file, Locale.ENGLISH);
            assertThat(onDisk.title()).as("seed %d", seed).matches("v[0-9]+");
            int version = Integer.parseInt(onDisk.title().substring(1));
            // lines printed just before the kill may be lost with the pipe, so only the lower bound is sure
            assertThat(version).as("seed %d", seed).isGreaterThanOrEqualTo(saved);
            assertThat(onDisk).isEqualTo(SavingLoop.version(version));

            List<RecoveredMap> offered = new RecoveryStore(recovery).list();
            assertThat(offered).as("seed %d", seed).singleElement()
                    .satisfies(r -> assertThat(r.originalFile()).isEqualTo(file.toAbsolutePath()));
            JourneyMap snapshot = new RecoveryStore(recovery).load(offered.get(0));
            assertThat(snapshot.title()).matches("v[0-9]+");
            assertThat(snapshot).isEqualTo(SavingLoop.version(Integer.parseInt(snapshot.title().substring(1))));
        }

        boolean leftTemporaryFile() throws Exception {
            try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
            }
        }

        private String stderr() throws Exception {
            Path err = file.resolveSibling("stderr.txt");
            return Files.exists(err) ? Files.readString(err) : "";
        }
    }
}
