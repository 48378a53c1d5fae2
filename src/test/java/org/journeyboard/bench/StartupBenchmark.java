package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.ChildJvm;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up as a user sees it: {@code startup.app} (ms from starting the process to the first painted map of the
 * German sample) and, in the same run and alternating with it, {@code startup.bare} (a JavaFX window with one label,
 * {@link BareWindow}). Both are child JVMs on the same class path with the same display settings: Monocle headless
 * and the software pipeline, as surefire's tests have no display; and, where Xvfb is installed, once more on a
 * virtual X display ({@code startup.app.xvfb}, {@code startup.bare.xvfb}). Alternating with them, {@code open.10000}:
 * ms from starting the editor with a generated map of 10,000 cards to its first painted frame. Targets: startup.app
 * at most 1.5× startup.bare, open.10000 at most 2× startup.app.
 *
 * <p>Every child runs through {@link ChildJvm}: data folder and preferences of its own, and a deadline after which
 * it is destroyed and the benchmark fails with what it printed.
 */
@Tag("bench")
class StartupBenchmark {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dtestfx.headless=true");
    private static final int RUNS = 7;
    /** Cards of the generated map that {@code open.N} opens. */
    private static final int BIG = 10000;
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void editorAgainstABareWindowHeadless() throws Exception {
        Path sample = germanSample();
        compare("", HEADLESS, Map.of(), sample);
    }

    @Test
    void editorAgainstABareWindowOnAVirtualDisplay() throws Exception {
        String xvfb = onPath("Xvfb");
        if (xvfb == null) {
            System.out.println("[bench] startup.*.xvfb: Xvfb is not installed (Debian's xvfb); no figure written");
            return;
        }
        Path sample = germanSample();
        int display = 90 + (int) (ProcessHandle.current().pid() % 100);
        Process server = new ProcessBuilder(xvfb, ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            for (int i = 0; i < 100 && !Files.exists(socket) && server.isAlive(); i++) {
                Thread.sleep(50);
            }
            assertThat(server.isAlive()).as("Xvfb runs").isTrue();
            compare(".xvfb", List.of("-Dprism.order=sw"), Map.of("DISPLAY", ":" + display), sample);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Path germanSample() throws IOException {
        Path sample = dir.resolve("sicherheitstechnik.journey.json");
        JourneyFiles.write(Samples.all().get(0).map(), sample);
        return sample;
    }

    private void compare(String suffix, List<String> options, Map<String, String> env, Path sample) throws Exception {
        Path big = bigMap();
        ChildJvm app = child(options, env, "org.journeyboard.app.Launcher", sample.toString());
        ChildJvm bare = child(options, env, BareWindow.class.getName());
        ChildJvm open = child(options, env, "org.journeyboard.app.Launcher", big.toString());
        run(app);
        run(bare); // warm the file system cache for all
        run(open);
        double[] appMs = new double[RUNS];
        double[] bareMs = new double[RUNS];
        double[] openMs = new double[RUNS];
        double[] appProbe = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] a = run(app);
            double[] b = run(bare);
            double[] o = run(open);
            appMs[i] = a[0];
            appProbe[i] = a[1];
            bareMs[i] = b[0];
            openMs[i] = o[0];
        }
        double appMedian = Bench.median(appMs);
        double bareMedian = Bench.median(bareMs);
        double openMedian = Bench.median(openMs);
        Bench.record("startup.app" + suffix, appMedian, "ms");
        Bench.record("startup.bare" + suffix, bareMedian, "ms");
        Bench.record("open." + BIG + suffix, openMedian, "ms");
        System.out.printf("[bench] startup%s: the editor takes %.2f× a bare window (its own probe says %.0f ms "
                + "since process start); opening a %,d-card map takes %.2f× startup.app%n", suffix,
                appMedian / bareMedian, Bench.median(appProbe), BIG, openMedian / appMedian);
    }

    private Path bigMap() throws IOException {
        Path file = dir.resolve("generated-" + BIG + ".journey.json");
        if (!Files.exists(file)) {
            JourneyFiles.write(GeneratedMaps.withCards(BIG, 42), file);
        }
        return file;
    }

    /**
     * A child on the same class path and display settings; each run gets a data folder and preferences of its own
     * (a recovery snapshot in the user's folder once made every child show the recovery dialog instead of the map),
     * so it neither reads the developer's settings nor fills their recent files.
     */
    private ChildJvm child(List<String> options, Map<String, String> env, String mainClass, String... args) {
        List<String> jvm = new ArrayList<>(options);
        jvm.add("-Djourneyboard.startupProbe=true");
        return ChildJvm.of(dir, jvm, mainClass, args).environment(env).deadline(DEADLINE);
    }

    /**
     * Runs one child until it prints its first-paint line; returns the ms from starting it to that line, as seen
     * from here, and the ms the child itself reports since its process start. A child that prints no such line
     * within the deadline is destroyed, and the benchmark fails with what it printed.
     */
    private static double[] run(ChildJvm child) {
        try (ChildJvm.Running running = child.start()) {
            ChildJvm.Line line = running.awaitLine(l -> l.startsWith("first-paint "));
            double seen = (line.nanoTime() - running.startNanos()) / 1e6;
            double reported = Double.parseDouble(line.text().substring("first-paint ".length()).trim());
            running.awaitExit();
            return new double[] {seen, reported};
        }
    }

    private static String onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(folder, name);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
