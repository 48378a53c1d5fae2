package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDanglingReferenceIsReportedWithFileLineAndPath() throws Exception {
        Path good = dir.resolve("good.journey.json");
        assertThat(CliRun.english("new", "-o", good.toString()).exitCode()).isZero();
        // the writer does not validate, so a map with a card in a phase that does not exist can be written
        JourneyMap map = JourneyFiles.read(good);
        map = map.withCards(List.of(Card.of("c1", "nowhere", map.lanes().get(0).id(), 0, CardKind.NOTE, "x")));
        Path bad = dir.resolve("bad.journey.json");
        JourneyFiles.write(map, bad);
        CliRun run = CliRun.english("validate", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.journey.json", "$.cards[0].phase", "nowhere");
        assertThat(run.out()).contains("good.journey.json: valid", "1 valid, 1 invalid");
    }

    @Test
    void aMissingFileIsInvalidNotACrash() {
        CliRun run = CliRun.english("validate", dir.resolve("missing.journey.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("missing.journey.json").doesNotContain("\tat ");
    }

    @Test
    void garbageIsInvalidWithALocation() throws Exception {
        Path bad = dir.resolve("garbage.journey.json");
        Files.write(bad, new byte[] {0x7b, 0x0a, 0x22, 0x66, (byte) 0xff, 0x00, 0x13});
        CliRun run = CliRun.english("validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("garbage.journey.json:").doesNotContain("\tat ");
    }
}
