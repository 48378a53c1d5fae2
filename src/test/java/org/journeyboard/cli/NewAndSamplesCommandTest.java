package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewAndSamplesCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"ihk7,de,7", "ihk7,en,7", "aida,de,4", "aida,en,4", "five,de,5", "five,en,5", "b2b,de,7", "b2b,en,7"})
    void newWritesAValidMapOfTheTemplate(String template, String lang, int phases) throws Exception {
        Path file = dir.resolve(template + "-" + lang + ".journey.json");
        CliRun run = CliRun.english("new", "--template", template, "--lang", lang, "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JourneyMap map = JourneyFiles.read(file);
        assertThat(map.phases()).hasSize(phases);
        assertThat(map.language()).isEqualTo(Language.ofCode(lang));
        assertThat(CliRun.english("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void newRefusesToOverwriteWithoutForce() throws Exception {
        Path file = dir.resolve("m.journey.json");
        Files.writeString(file, "keep me");
        CliRun run = CliRun.english("new", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exists already", "--force");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(CliRun.english("new", "--force", "-o", file.toString()).exitCode()).isZero();
        assertThat(JourneyFiles.read(file).phases()).hasSize(7);
    }

    @Test
    void newRejectsAnUnknownTemplateOrLanguageAsUsageError() {
        CliRun run = CliRun.english("new", "--template", "funnel", "-o", dir.resolve("x.journey.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("funnel");
        assertThat(CliRun.english("new", "--lang", "fr", "-o", dir.resolve("y.journey.json").toString()).exitCode())
                .isEqualTo(2);
        assertThat(dir.resolve("x.journey.json")).doesNotExist();
    }

    @Test
    void newReportsAnUnwritableTargetWithoutAStackTrace() {
        Path file = dir.resolve("no-such-folder").resolve("m.journey.json");
        CliRun run = CliRun.english("new", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Could not write").doesNotContain("Exception", "\tat ");
    }

    @Test
    void samplesWritesEveryBundledSampleAndEachValidates() throws Exception {
        Path out = dir.resolve("samples");
        CliRun run = CliRun.english("samples", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            var written = files.filter(f -> f.toString().endsWith(".journey.json")).sorted().toList();
            assertThat(written).hasSize(3);
            String[] args = new String[written.size() + 1];
            args[0] = "validate";
            for (int i = 0; i < written.size(); i++) {
                args[i + 1] = written.get(i).toString();
            }
            CliRun validate = CliRun.english(args);
            assertThat(validate.exitCode()).as(validate.err()).isZero();
            assertThat(validate.out()).contains("3 valid, 0 invalid");
        }
    }
}
