package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files too big, too deep or in the wrong encoding: each gives a clear message (or loads), never an OOM. */
class HostileFilesTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    /** A 50 MB map (about 195,000 cards) is big but legitimate: it loads in -Xmx2g (the time is printed only). */
    @Test
    void aFiftyMegabyteMapOfCardsLoads() throws Exception {
        Path file = dir.resolve("huge.journey.json");
        JourneyFiles.write(GeneratedMaps.withCards(195_000, 5), file);
        assertThat(Files.size(file)).isGreaterThan(50 * MB);
        long start = System.nanoTime();
        JourneyMap map = JourneyFiles.read(file, Locale.ENGLISH);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[hostile] 50 MB map with %d cards loaded in %d ms%n", map.cards().size(), took.toMillis());
        assertThat(map.cards()).hasSize(195_000);
    }

    /** A 50 MB text in one field is not a plausible map: refused at the string limit, with its place. */
    @Test
    void aFiftyMegabyteTextIsRefusedWithItsPlace() throws Exception {
        Path file = dir.resolve("huge-text.journey.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"format\": \"journeyboard\",\n  \"formatVersion\": 1,\n  \"description\": \"");
            char[] chunk = "Kundenreise ".repeat(1000).toCharArray();
            for (long written = 0; written < 50 * MB; written += chunk.length) {
                w.write(chunk);
            }
            w.write("\"\n}\n");
        }
        assertThatThrownBy(() -> JourneyFiles.read(file, Locale.ENGLISH))
                .isInstanceOfSatisfying(JourneyFileException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.message()).isEqualTo("a text is longer than 8,388,608 characters");
                    assertThat(p.jsonPath()).isEqualTo("$.description");
                    assertThat(p.line()).isEqualTo(4);
                });
    }

    @Test
    void filesOverOneHundredMegabytesAreRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("giant.journey.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(101 * MB);
        }
        assertThatThrownBy(() -> JourneyFiles.read(file, Locale.ENGLISH))
                .hasMessage(file + ": the file is larger than 100 MB and is not opened");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(20, 3);
        byte[] body = JourneyJson.bytes(map);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = dir.resolve("bom.journey.json");
        Files.write(file, withBom);
        assertThat(JourneyFiles.read(file)).isEqualTo(map);
        assertThat(JourneyJson.read("\uFEFF" + JourneyJson.write(map), "x")).isEqualTo(map);
    }

    @Test
    void utf32AndBomlessUtf16AreRefusedAsNotUtf8() throws Exception {
        String json = JourneyJson.write(GeneratedMaps.withCards(2, 3));
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32"}) {
            Path file = dir.resolve(charset + ".journey.json");
            Files.write(file, json.getBytes(charset));
            assertThatThrownBy(() -> JourneyFiles.read(file, Locale.ENGLISH))
                    .hasMessageContaining("1:1: $: the file is not UTF-8 text");
        }
    }

    /** Problems are capped: a mangled 20,000-card file gives the first hundred and a count, quickly. */
    @Test
    void aProblemOnEveryCardIsReportedAsTheFirstHundredAndACount() throws Exception {
        String json = JourneyJson.write(GeneratedMaps.withCards(20_000, 8))
                .replace("\"phase\": \"phase-", "\"phase\": \"gone-")
                .replace("\"order\": ", "\"order\": \"x\", \"n\": ");
        assertThatThrownBy(() -> JourneyJson.read(json, "m", Locale.ENGLISH))
                .isInstanceOfSatisfying(JourneyFileException.class, e -> {
                    assertThat(e.problems()).hasSize(MapReader.MAX_REPORTED + 1);
                    assertThat(e.problems().get(0).toString()).startsWith("m:");
                    assertThat(e.problems().get(0).hasLocation()).isTrue();
                    assertThat(e.problems().get(MapReader.MAX_REPORTED).message())
                            .matches("… and [0-9,]+ more problems");
                });
    }
}
