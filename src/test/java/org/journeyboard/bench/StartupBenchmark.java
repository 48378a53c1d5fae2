package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up as a user sees it: {@code startup.app} (ms from starting the process to the first painted map of the
 * German sample) and, in the same run and alternating with it, {@code startup.bare} (a JavaFX window with one label,
 * {@link BareWindow}). Both are child JVMs on the same class path with the same display settings: Monocle headless
 * and the software pipeline, as surefire's tests have no display; and, where Xvfb is installed, once more on a
 * virtual X display ({@code startup.app.xvfb}, {@code startup.bare.xvfb}). Target: startup.app at most 1.5×
 * startup.bare.
 */
@Tag("bench")
class StartupBenchmark {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dtestfx.headless=true");
    private static final int RUNS = 7;

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
        List<String> app = command(options, "org.journeyboard.app.Launcher", sample.toString());
        List<String> bare = command(options, BareWindow.class.getName());
        run(app, env);
        run(bare, env); // warm the file system cache for both
        double[] appMs = new double[RUNS];
        double[] bareMs = new double[RUNS];
        double[] appProbe = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] a = run(app, env);
            double[] b = run(bare, env);
            appMs[i] = a[0];
            appProbe[i] = a[1];
            bareMs[i] = b[0];
        }
        double appMedian = Bench.median(appMs);
        double bareMedian = Bench.median(bareMs);
        Bench.record("startup.app" + suffix, appMedian, "ms");
        Bench.record("startup.bare" + suffix, bareMedian, "ms");
        System.out.printf("[bench] startup%s: the editor takes %.2f× a bare window (its own probe says %.0f ms "
                + "since process start)%n", suffix, appMedian / bareMedian, Bench.median(appProbe));
    }

    private List<String> command(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        // preferences of their own: the runs neither read the developer's settings nor fill their recent files
        command.add("-Djava.util.prefs.userRoot=" + dir.resolve("preferences"));
        command.add("-Djourneyboard.startupProbe=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs one child until it prints its first-paint line; returns the ms from starting it to that line, as seen
     * from here, and the ms the child itself reports since its process start.
     */
    private static double[] run(List<String> command, Map<String, String> env) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process p = builder.start();
        double seen = -1;
        double reported = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("first-paint ")) {
                    seen = (System.nanoTime() - start) / 1e6;
                    reported = Double.parseDouble(line.substring("first-paint ".length()).trim());
                } else if (output.length() < 4000) {
                    output.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertThat(seen).as("first paint of %s; it printed:%n%s", command.get(command.size() - 1), output)
                .isPositive();
        return new double[] {seen, reported};
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
