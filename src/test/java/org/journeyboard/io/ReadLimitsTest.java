package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jackson's read constraints bound every dimension of a hostile file, each with a message in both languages. */
class ReadLimitsTest {
    private static final String HEAD = "{\"format\": \"journeyboard\", \"formatVersion\": 1, ";

    @TempDir
    Path dir;

    @Test
    void theFactoryBoundsDepthTextNumbersNamesAndLength() {
        StreamReadConstraints c = JsonSetup.FACTORY.streamReadConstraints();
        assertThat(c.getMaxNestingDepth()).isEqualTo(100);
        assertThat(c.getMaxStringLength()).isEqualTo(8 * 1024 * 1024);
        assertThat(c.getMaxNumberLength()).isEqualTo(64);
        assertThat(c.getMaxNameLength()).isEqualTo(10_000);
        assertThat(c.getMaxDocumentLength()).isEqualTo(100L * 1024 * 1024);
    }

    private static String firstMessage(String json, Locale locale) {
        String[] message = new String[1];
        assertThatThrownBy(() -> JourneyJson.read(json, "m", locale)).isInstanceOfSatisfying(
                JourneyFileException.class, e -> message[0] = e.problems().get(0).message());
        return message[0];
    }

    @Test
    void deepNestingInAnUnknownFieldIsStoppedAtTheLimit() {
        String json = HEAD + "\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(firstMessage(json, Locale.ENGLISH)).isEqualTo("nested deeper than 100 levels");
        assertThat(firstMessage(json, Locale.GERMAN)).isEqualTo("tiefer als 100 Ebenen verschachtelt");
    }

    @Test
    void aHugeNumberIsStoppedBeforeItIsParsed() {
        String json = HEAD + "\"x\": " + "9".repeat(100_000) + "}";
        assertThat(firstMessage(json, Locale.ENGLISH)).isEqualTo("a number is longer than 64 digits");
        String fraction = HEAD + "\"x\": 0." + "1".repeat(1000) + "e999999999}";
        assertThat(firstMessage(fraction, Locale.GERMAN)).isEqualTo("eine Zahl ist länger als 64 Ziffern");
    }

    @Test
    void aHugeFieldNameIsStopped() {
        String json = HEAD + "\"" + "n".repeat(20_000) + "\": 1}";
        assertThat(firstMessage(json, Locale.ENGLISH)).isEqualTo("a field name is longer than 10,000 characters");
    }

    @Test
    void aFileOverOneHundredMegabytesIsRefusedUnreadInGermanToo() throws Exception {
        Path file = dir.resolve("riesig.journey.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024 + 1);
        }
        assertThatThrownBy(() -> JourneyFiles.read(file, Locale.GERMAN))
                .hasMessage(file + ": die Datei ist größer als 100 MB und wird nicht geöffnet");
    }
}
