package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A student mangles a map file: random byte flips, cuts, duplications and insertions of JSON punctuation. Reading
 * must either give a map or problems with a message; never an exception, never an internal error.
 */
class MangledFilesTest {
    private static final byte[] PUNCTUATION = "{}[]\":,-0123456789.eE \\ntrufalsn".getBytes();

    @Provide
    Arbitrary<byte[]> mangled() throws Exception {
        byte[] base = Files.readAllBytes(BadFilesTest.folder().resolve("base-valid.journey.json"));
        return Arbitraries.randomValue(random -> mangle(base, random));
    }

    private static byte[] mangle(byte[] base, Random r) {
        byte[] b = base.clone();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b[at] = PUNCTUATION[r.nextInt(PUNCTUATION.length)];
                case 2 -> b = Arrays.copyOf(b, at);
                default -> {
                    int len = Math.min(1 + r.nextInt(40), b.length - at);
                    byte[] longer = new byte[b.length + len];
                    System.arraycopy(b, 0, longer, 0, at + len);
                    System.arraycopy(b, at, longer, at + len, b.length - at);
                    b = longer;
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    @Property(tries = 2000)
    void aMangledFileGivesAMapOrProblemsButNeverAnException(@ForAll("mangled") byte[] file) {
        try {
            JourneyJson.read(file, "mangled.journey.json", Locale.ENGLISH);
        } catch (JourneyFileException e) {
            List<Problem> problems = e.problems();
            assertThat(problems).isNotEmpty().allSatisfy(p -> {
                assertThat(p.message()).isNotBlank().doesNotContain("failed while reading");
                assertThat(p.file()).isEqualTo("mangled.journey.json");
            });
        }
    }
}
