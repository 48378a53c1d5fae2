package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file of src/test/resources/bad-files gives its expected message, at its line:column and JSON path. */
class BadFilesTest {
    static Path folder() throws URISyntaxException {
        return Path.of(BadFilesTest.class.getResource("/bad-files/expected.properties").toURI()).getParent();
    }

    static Properties manifest() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = BadFilesTest.class.getResourceAsStream("/bad-files/expected.properties")) {
            expected.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return expected;
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileGivesItsMessageAndPlace() throws Exception {
        Path dir = folder();
        Properties expected = manifest();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
        return expected.stringPropertyNames().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            String[] parts = expected.getProperty(name).split(" \\| ", 2);
            String fragment = parts[1];
            List<Problem> problems = problemsOf(dir.resolve(name));
            assertThat(problems).as("problems of %s", name)
                    .anySatisfy(p -> {
                        assertThat(p.message()).contains(fragment);
                        assertThat(p.file()).endsWith(name);
                        for (String where : parts[0].trim().split("\\s+")) {
                            if (where.startsWith("$")) {
                                assertThat(p.jsonPath()).isEqualTo(where);
                            } else {
                                assertThat(p.line() + ":" + p.column()).isEqualTo(where);
                            }
                        }
                    });
        }));
    }

    static List<Problem> problemsOf(Path file) {
        List<Problem> problems = new ArrayList<>();
        assertThatThrownBy(() -> JourneyFiles.read(file, Locale.ENGLISH))
                .isInstanceOfSatisfying(JourneyFileException.class, e -> problems.addAll(e.problems()));
        return problems;
    }

    @Test
    void everyFileInTheCorpusIsListedInTheManifest() throws Exception {
        Properties expected = manifest();
        try (Stream<Path> files = Files.list(folder())) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("expected.properties") && !n.equals("base-valid.journey.json")))
                    .allSatisfy(n -> assertThat(expected).containsKey(n));
        }
    }

    @Test
    void theBaseOfTheCorpusIsValidSoEachBadFileHasOneFault() throws Exception {
        assertThat(JourneyFiles.read(folder().resolve("base-valid.journey.json")).cards()).hasSize(3);
    }

    @Test
    void messagesPrintLikeACompiler() {
        Problem p = problemsOf(Path.of("bad-files-test", "x")).get(0);
        assertThat(p.toString()).isEqualTo(Path.of("bad-files-test", "x") + ": the file does not exist");
        List<Problem> dangling = new ArrayList<>();
        assertThatThrownBy(() -> JourneyFiles.read(folder().resolve("dangling-phase.journey.json"), Locale.ENGLISH))
                .isInstanceOfSatisfying(JourneyFileException.class, e -> {
                    dangling.addAll(e.problems());
                    assertThat(e.getMessage()).endsWith(
                            "dangling-phase.journey.json:81:16: $.cards[2].phase: unknown phase 'phase-x'");
                    assertThat(e.getStackTrace()).isEmpty();
                });
        assertThat(dangling).hasSize(1);
    }

    @Test
    void messagesComeInGermanToo() throws Exception {
        assertThatThrownBy(() -> JourneyFiles.read(folder().resolve("dangling-phase.journey.json"), Locale.GERMAN))
                .hasMessageEndingWith("$.cards[2].phase: unbekannte Phase 'phase-x'");
        assertThatThrownBy(() -> JourneyFiles.read(folder().resolve("newer-version.journey.json"), Locale.GERMAN))
                .hasMessageContaining("Formatversion 2").hasMessageContaining("nur bis Version 1");
    }

    @Test
    void aFolderIsNotAMap(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> JourneyFiles.read(dir, Locale.ENGLISH))
                .hasMessageEndingWith("this is a folder, not a map file");
    }

    @Test
    void aFieldGivenTwiceIsFoundWhereverItIsAndNestedObjectsDoNotConfuseIt() throws Exception {
        String base = java.nio.file.Files.readString(folder().resolve("base-valid.journey.json"));
        String late = base.replace("\"severity\": 4", "\"severity\": 4,\n      \"phase\": \"phase-1\"");
        assertThatThrownBy(() -> JourneyJson.read(late, "late", Locale.ENGLISH))
                .hasMessage("late:78:7: $.cards[1].phase: field 'phase' appears twice in the same object");
        String nested = base.replace("\"channel\": \"offline\"", "\"channel\": \"offline\", \"id\": 1, \"title\": 2");
        assertThat(JourneyJson.read(nested, "nested", Locale.ENGLISH).cards().get(0).extras().rawJson())
                .containsEntry("touchpoint", "{\"id\":1,\"title\":2}");
    }
}
