package org.journeyboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark harness: warm-up, several measured runs, the median, and one line per figure
 * ({@code NAME VALUE UNIT}) in target/bench/results.txt. Benchmarks are JUnit tests tagged {@code bench}, run only by
 * {@code mvn -B -Pbench verify}; they print figures and never assert on time.
 */
public final class Bench {
    /** Something to measure that may throw. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private Bench() {
    }

    /** Runs {@code task} {@code warmups} times unmeasured, then {@code runs} times, and returns the median in ms. */
    public static double medianMillis(int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Writes one figure, replacing an earlier line of the same name, and prints it. */
    public static synchronized void record(String name, double value, String unit) {
        String line = String.format(Locale.ROOT, "%s %.2f %s", name, value, unit);
        System.out.println("[bench] " + line);
        Path file = resultsFile();
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                for (String old : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!old.startsWith(name + " ")) {
                        lines.add(old);
                    }
                }
            }
            lines.add(line);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/bench/results.txt, or the folder named by the system property journeyboard.bench.dir. */
    public static Path resultsFile() {
        return Path.of(System.getProperty("journeyboard.bench.dir", "target/bench")).resolve("results.txt");
    }

    /** Heap in use after a thorough garbage collection, in bytes. */
    public static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
