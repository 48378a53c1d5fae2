package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;

/**
 * Feeds arbitrary bytes to the file loader. A user may open any file, so the loader must answer every input with a
 * map or with {@link JourneyFileException}: no other exception, no stack overflow, no "please report this bug"
 * message (that is how the loader wraps a RuntimeException of ours), and a map it accepts must save and load back
 * unchanged.
 *
 * <p>{@code mvn verify} replays the seed corpus and every saved finding in
 * src/test/resources/org/journeyboard/io/JourneyFileFuzzTestInputs/readAnyBytes/ (Jazzer's regression mode). To fuzz
 * for real (findings are written into that folder, the growing corpus into .cifuzz-corpus/):
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=JourneyFileFuzzTest -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz
 * -Djazzer.internal.arg.1=-max_total_time=600} fuzzes for 600 seconds (without the two arg properties, for
 * maxDuration). The hooks are switched off for normal runs in junit-platform.properties and must be switched on
 * for fuzzing, where they guide the fuzzer.
 */
class JourneyFileFuzzTest {
    /** The English text of file.internalError ends like this; seeing it means a RuntimeException was caught. */
    static final String BUG_REPORT_HINT = "please report this as a bug";

    @FuzzTest(maxDuration = "10m")
    void readAnyBytes(byte[] bytes) {
        JourneyMap map;
        try {
            map = JourneyJson.read(bytes, "fuzzed.journey.json", Locale.ENGLISH);
        } catch (JourneyFileException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).doesNotContain(BUG_REPORT_HINT);
            return;
        }
        byte[] saved = JourneyJson.bytes(map);
        try {
            assertThat(JourneyJson.read(saved, "saved.journey.json", Locale.ENGLISH)).isEqualTo(map);
        } catch (JourneyFileException e) {
            throw new AssertionError("a map that loaded does not load after saving: " + e.getMessage(), e);
        }
    }
}
