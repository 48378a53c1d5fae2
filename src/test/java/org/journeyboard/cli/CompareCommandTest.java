package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journeyboard compare A B}: the two German samples show the dive and the pain points that cause it. */
class CompareCommandTest {
    @TempDir
    static Path folder;
    static Path good;
    static Path worst;

    @BeforeAll
    static void samples() throws Exception {
        for (Sample s : Samples.all()) {
            JourneyFiles.write(s.map(), folder.resolve(s.fileName()));
        }
        good = folder.resolve("sicherheitstechnik-gut.journey.json");
        worst = folder.resolve("sicherheitstechnik-worst-case.journey.json");
    }

    @Test
    void textInGerman() {
        CliRun run = CliRun.of(Locale.GERMAN, "compare", good.toString(), worst.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Kauf: +1,5 → -1,67 (-3,17)").contains("Nachkauf: +1 → -1,75 (-2,75)")
                .contains("Schmerzpunkte nur in sicherheitstechnik-worst-case.journey.json\n1. Die bevorzugte Zahlungsart fehlt")
                .contains("Kauf: Conversion-Rate: 3,4 % → 0,9 %");
    }

    @Test
    void jsonForScripts() throws Exception {
        CliRun run = CliRun.english("compare", good.toString(), worst.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("journeyboard-comparison");
        assertThat(json.get("phases")).hasSize(7);
        assertThat(json.get("dives").get(1).get("phase").asText()).isEqualTo("phase-purchase");
        assertThat(json.get("painPointsOnlyAfter").get(0).get("id").asText()).isEqualTo("card-payment-missing");
    }

    @Test
    void aMapComparedWithItselfHasNoDives() throws Exception {
        CliRun run = CliRun.english("compare", good.toString(), good.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("dives")).isEmpty();
        assertThat(json.get("cardsOnlyAfter")).isEmpty();
        assertThat(json.get("cardsOnlyBefore")).isEmpty();
    }

    @Test
    void aMissingFileExitsOne() {
        CliRun run = CliRun.english("compare", good.toString(), folder.resolve("fehlt.journey.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("fehlt.journey.json");
    }
}
