package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journeyboard insights}: text in the user's language, JSON to the schema in the jar, a long CSV. */
class InsightsCommandTest {
    @TempDir
    static Path folder;
    static Path worst;
    static Path good;

    @BeforeAll
    static void samples() throws Exception {
        for (Sample s : Samples.all()) {
            JourneyFiles.write(s.map(), folder.resolve(s.fileName()));
        }
        worst = folder.resolve("sicherheitstechnik-worst-case.journey.json");
        good = folder.resolve("security-system-good.journey.json");
    }

    @Test
    void textInGermanRanksTheMissingPaymentMethodFirst() {
        CliRun run = CliRun.of(Locale.GERMAN, "insights", worst.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Schmerzpunkte, die schlimmsten zuerst\n1. Die bevorzugte Zahlungsart fehlt")
                .contains("Kauf: Conversion-Rate: Ziel 3 %, Ist 0,9 %: verfehlt")
                .contains("Mittel -1,67")
                .contains("Schneller Erfolg: Kauf auf Rechnung und PayPal anbieten (Kauf) Wirkung 5, Aufwand 2")
                .contains("Vorbewusstsein: keine Berührungspunkte").contains("Lücke: kein Berührungspunkt");
    }

    @Test
    void textInEnglish() {
        CliRun run = CliRun.english("insights", good.toString(), "--format", "text");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Insights: Security system").contains("Pain points, worst first\n1. ")
                .contains("Quick win: ").contains("1 touchpoint,").contains(": met");
    }

    @Test
    void jsonFollowsTheSchemaInTheJar() throws Exception {
        for (Path file : List.of(worst, good)) {
            CliRun run = CliRun.english("insights", file.toString(), "--format", "json");
            assertThat(run.exitCode()).isZero();
            JsonSchema schema;
            try (InputStream in = InsightsCommandTest.class.getResourceAsStream("/org/journeyboard/insights/insights.schema.json")) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            }
            assertThat(schema.validate(run.out(), InputFormat.JSON)).as(file.toString()).isEmpty();
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.get("phases")).hasSize(7);
            assertThat(json.get("painPoints").get(0).get("rank").asInt()).isEqualTo(1);
        }
        JsonNode worstJson = new ObjectMapper().readTree(CliRun.english("insights", worst.toString(), "--format", "json").out());
        assertThat(worstJson.get("painPoints").get(0).get("id").asText()).isEqualTo("card-payment-missing");
        JsonNode purchase = worstJson.get("phases").get(4);
        assertThat(purchase.get("name").asText()).isEqualTo("Kauf");
        assertThat(purchase.get("curves").elements().next().get("mean").asDouble()).isEqualTo(-1.667);
        assertThat(worstJson.get("kpis").findValuesAsText("status")).containsOnly("missed");
        assertThat(run(worst, "json")).contains("\"format\": \"journeyboard-insights\"");
    }

    @Test
    void aSchemaViolationIsCaught() throws Exception {
        // the schema is strict where we own the layout: a renamed field must fail the check above
        String renamed = run(worst, "json").replace("\"votes\"", "\"dots\"");
        JsonSchema schema;
        try (InputStream in = InsightsCommandTest.class.getResourceAsStream("/org/journeyboard/insights/insights.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(renamed, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void csvIsOneLongTableThatSpreadsheetsRead() throws Exception {
        String csv = run(worst, "csv");
        assertThat(csv).startsWith("section,phase,curve,id,title,measure,value\n");
        List<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).<List<String>>readValues(csv).readAll();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
        assertThat(rows).contains(List.of("painPoint", "phase-purchase", "", "card-payment-missing",
                "Die bevorzugte Zahlungsart fehlt – rund die Hälfte der Käufer bricht hier ab", "rank", "1"));
        assertThat(rows).contains(List.of("kpi", "phase-purchase", "", "", "Conversion-Rate", "status", "missed"));
        long touchpointRows = rows.stream().filter(r -> r.get(0).equals("touchpoints") && r.get(5).equals("total"))
                .mapToLong(r -> Long.parseLong(r.get(6))).sum();
        long touchpoints = JourneyFiles.read(worst).cards().stream()
                .filter(c -> c.kind() == org.journeyboard.model.CardKind.TOUCHPOINT).count();
        assertThat(touchpointRows).isEqualTo(touchpoints);
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndExitsOne() throws Exception {
        Path broken = folder.resolve("kaputt.journey.json");
        Files.writeString(broken, "{\n  \"format\": \"journeyboard\",\n  \"formatVersion\": 1,\n  \"title\": 3\n}\n");
        CliRun run = CliRun.of(Locale.GERMAN, "insights", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("kaputt.journey.json:4:").contains("$.title");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.english("insights", worst.toString(), "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("xml");
    }

    private static String run(Path file, String format) {
        return CliRun.english("insights", file.toString(), "--format", format).out();
    }
}
