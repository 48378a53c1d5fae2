package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading and saving map files against Jackson's floor (plain readTree/writeTree of the same file), and the heap a
 * loaded 10,000-card map keeps. Targets: load and save at most 2x their floor; heap.10000 under 64 MB.
 */
@Tag("bench")
class FileBenchmark {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void loadAndSaveAgainstTheJacksonFloor() throws Exception {
        for (int n : new int[] {200, 2000, 10000}) {
            // small maps need many rounds before the JIT has compiled the code paths and the median settles
            int warmups = n >= 10000 ? 15 : n >= 2000 ? 60 : 300;
            int runs = n >= 10000 ? 15 : n >= 2000 ? 41 : 101;
            JourneyMap map = GeneratedMaps.withCards(n, 42);
            Path file = dir.resolve("map-" + n + ".journey.json");
            JourneyFiles.write(map, file);
            assertThat(JourneyFiles.read(file)).isEqualTo(map);
            Path saved = dir.resolve("saved-" + n + ".journey.json");
            Path plain = dir.resolve("plain-" + n + ".json");
            JsonNode tree = PLAIN.readTree(file.toFile());

            Bench.Task load = () -> JourneyFiles.read(file);
            Bench.Task readTree = () -> PLAIN.readTree(file.toFile());
            Bench.Task save = () -> JourneyFiles.write(map, saved);
            Bench.Task writeTree = () -> {
                try (OutputStream out = Files.newOutputStream(plain);
                     JsonGenerator g = PLAIN.createGenerator(out)) {
                    PLAIN.writeTree(g, tree);
                }
            };
            double[][] read = interleaved(warmups, runs, load, readTree);
            Bench.record("load." + n, Bench.median(read[0]), "ms");
            Bench.record("readtree." + n, Bench.median(read[1]), "ms");
            double[][] write = interleaved(warmups, runs, save, writeTree);
            Bench.record("save." + n, Bench.median(write[0]), "ms");
            Bench.record("writetree." + n, Bench.median(write[1]), "ms");
        }
    }

    /**
     * Times two tasks in alternation, so that a busy machine (builds of other work running beside the benchmark)
     * slows both alike and the ratio between them stays meaningful.
     */
    private static double[][] interleaved(int warmups, int runs, Bench.Task a, Bench.Task b) throws Exception {
        for (int i = 0; i < warmups; i++) {
            a.run();
            b.run();
        }
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a.run();
            long middle = System.nanoTime();
            b.run();
            long end = System.nanoTime();
            ms[0][i] = (middle - start) / 1e6;
            ms[1][i] = (end - middle) / 1e6;
        }
        return ms;
    }

    @Test
    void heapOfALoadedTenThousandCardMap() throws Exception {
        Path file = dir.resolve("heap.journey.json");
        JourneyFiles.write(GeneratedMaps.withCards(10000, 42), file);
        long before = Bench.usedHeapAfterGc();
        JourneyMap map = JourneyFiles.read(file);
        long after = Bench.usedHeapAfterGc();
        Reference.reachabilityFence(map);
        double mb = (after - before) / (1024.0 * 1024.0);
        Bench.record("heap.10000", mb, "MB");
        assertThat(map.cards()).hasSize(10000);
    }
}
