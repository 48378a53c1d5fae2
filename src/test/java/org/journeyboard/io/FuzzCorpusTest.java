package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Picture;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fuzzer's seed corpus in step with the samples and the bad-file corpus. Seeds are stored without the
 * .journey.json extension so that the tests that load every map file on the classpath do not pick them up.
 * {@code -Djourneyboard.fuzz.refreshSeeds=true} rewrites them.
 */
class FuzzCorpusTest {
    static final Path SEEDS = Path.of("src/test/resources/org/journeyboard/io/JourneyFileFuzzTestInputs/readAnyBytes");

    static Map<String, byte[]> expectedSeeds() throws Exception {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            seeds.put("seed-sample-" + stem(sample.fileName()), JourneyJson.bytes(sample.map()));
        }
        // pictures get their own seed, so that the fuzzer starts from real PNG and JPEG structure
        JourneyMap base = GeneratedMaps.withCards(3, 1);
        List<Picture> pictures = List.of(new Picture("image/png", TinyPictures.png(4, 3)),
                new Picture("image/jpeg", TinyPictures.jpeg(4, 3)));
        List<Persona> personas = new ArrayList<>();
        for (Persona p : base.personas()) {
            personas.add(p.withPicture(pictures.get(0)));
        }
        personas.add(new Persona("persona-jpeg", "J", "").withPicture(pictures.get(1)));
        seeds.put("seed-pictures", JourneyJson.bytes(base.withPersonas(personas)));
        try (Stream<Path> files = Files.list(BadFilesTest.folder())) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(JourneyFiles.EXTENSION)) {
                    seeds.put("seed-bad-" + stem(name), Files.readAllBytes(f));
                }
            }
        }
        return seeds;
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - JourneyFiles.EXTENSION.length());
    }

    @Test
    void theSeedCorpusHoldsEverySampleAndEveryBadFile() throws Exception {
        Map<String, byte[]> expected = expectedSeeds();
        assertThat(expected).hasSizeGreaterThan(25);
        if (Boolean.getBoolean("journeyboard.fuzz.refreshSeeds")) {
            write(expected);
        }
        for (Map.Entry<String, byte[]> seed : expected.entrySet()) {
            Path file = SEEDS.resolve(seed.getKey());
            assertThat(file).as("seed %s (rerun with -Djourneyboard.fuzz.refreshSeeds=true)", file).exists();
            assertThat(Files.readAllBytes(file)).as("seed %s", file).isEqualTo(seed.getValue());
        }
    }

    private static void write(Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(SEEDS);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(SEEDS.resolve(seed.getKey()), seed.getValue());
        }
    }
}
