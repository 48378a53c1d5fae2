package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.journeyboard.interop.MermaidExport;
import org.journeyboard.interop.MermaidImport;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journeyboard import FILE.mmd -o OUT.journey.json} and {@code export MAP -o OUT.mmd}, with their exit codes. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path fixture(String name, String as) throws Exception {
        Path file = dir.resolve(as);
        try (InputStream in = getClass().getResourceAsStream("/org/journeyboard/interop/mermaid/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Path diagram(String as, String text) throws Exception {
        return Files.writeString(dir.resolve(as), text, StandardCharsets.UTF_8);
    }

    @Test
    void importsAJourneyAsAMapThatOpens() throws Exception {
        Path mmd = fixture("011-cy-my-working-day.mmd", "Mein Arbeitstag – „Büro“ 😀.mmd");
        Path map = dir.resolve("Arbeitstag.journey.json");
        CliRun run = CliRun.english("import", mmd.toString(), "-o", map.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Wrote " + map + ": 2 phases, 5 cards, 2 personas.");
        JourneyMap read = JourneyFiles.read(map);
        assertThat(read.title()).isEqualTo("My working day");
        assertThat(read.phases()).extracting(Phase::name).containsExactly("Go to work", "Go home");
        assertThat(read.cards()).extracting(Card::title)
                .containsExactlyInAnyOrder("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        assertThat(read.personas()).extracting(Persona::name).containsExactly("Me", "Cat");
        assertThat(read.language()).isEqualTo(Language.EN);
    }

    @Test
    void warningsGoToStandardErrorInTheUsersLanguage() throws Exception {
        Path mmd = diagram("tag.mmd", "journey\n  title Mein Tag\n  section Morgens\n    Tee kochen: 7: Anna\n");
        CliRun en = CliRun.english("import", mmd.toString(), "-o", dir.resolve("en.journey.json").toString());
        CliRun de = CliRun.of(Locale.GERMAN, "import", mmd.toString(), "-o", dir.resolve("de.journey.json").toString());
        assertThat(en.exitCode()).isZero();
        assertThat(de.exitCode()).isZero();
        assertThat(en.err()).startsWith("warning: " + mmd + ":4:17: the score 7 of the task “Tee kochen”");
        assertThat(de.err()).startsWith("Warnung: " + mmd + ":4:17: die Bewertung 7 der Aufgabe „Tee kochen“");
        assertThat(JourneyFiles.read(dir.resolve("de.journey.json")).language()).isEqualTo(Language.DE);
    }

    @Test
    void aDiagramMermaidRefusesIsExitOneWithItsPlaceAndNothingWritten() throws Exception {
        Path mmd = diagram("einbruch.mmd", "journey\ntitle Einbruch – „sofort“; was nun\n");
        Path map = dir.resolve("einbruch.journey.json");
        CliRun en = CliRun.english("import", mmd.toString(), "-o", map.toString());
        CliRun de = CliRun.of(Locale.GERMAN, "import", mmd.toString(), "-o", map.toString());
        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.err()).startsWith(mmd + ":2:26: mermaid does not allow a ; here");
        assertThat(de.exitCode()).isEqualTo(1);
        assertThat(de.err()).startsWith(mmd + ":2:26: Mermaid erlaubt hier kein ;");
        assertThat(map).doesNotExist();
        CliRun missing = CliRun.english("import", dir.resolve("fehlt.mmd").toString(), "-o", map.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("fehlt.mmd: the file does not exist");
    }

    @Test
    void usageErrorsAreExitTwo() throws Exception {
        Path mmd = fixture("011-cy-my-working-day.mmd", "day.mmd");
        assertThat(CliRun.english("import", mmd.toString()).exitCode()).isEqualTo(2);
        CliRun csv = CliRun.english("import", dir.resolve("day.txt").toString(), "-o", "x.journey.json");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("journeyboard import reads mermaid journeys named .mmd");
        assertThat(CliRun.english("import", mmd.toString(), "-o", "x.journey.json", "--lang", "fr").exitCode())
                .isEqualTo(2);
    }

    @Test
    void anExistingMapIsOnlyReplacedWithForce() throws Exception {
        Path mmd = fixture("011-cy-my-working-day.mmd", "day.mmd");
        Path map = dir.resolve("day.journey.json");
        Files.writeString(map, "mein Entwurf");
        CliRun refused = CliRun.english("import", mmd.toString(), "-o", map.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--force");
        assertThat(map).hasContent("mein Entwurf");
        assertThat(CliRun.english("import", mmd.toString(), "-o", map.toString(), "--force").exitCode()).isZero();
        assertThat(JourneyFiles.read(map).title()).isEqualTo("My working day");
    }

    @Test
    void exportsAMapAsMermaidThatImportsAsTheSameJourney() throws Exception {
        Path mmd = fixture("037-platform-go-shopping.mmd", "einkauf.mmd");
        Path map = dir.resolve("einkauf.journey.json");
        assertThat(CliRun.english("import", mmd.toString(), "-o", map.toString()).exitCode()).isZero();
        Path back = dir.resolve("Einkauf – zurück.mmd");
        CliRun export = CliRun.english("export", map.toString(), "-o", back.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains(back.toString());
        String text = Files.readString(back, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(MermaidExport.text(JourneyFiles.read(map)))
                .startsWith("journey\n    title Go shopping\n    section Get to the shops\n      Get car keys: 5: Dad\n")
                .contains("      Get in the way: 2: Dad, Child 1, Child 2\n");
        MermaidImport again = MermaidImport.read(back, Language.EN, Locale.ENGLISH);
        assertThat(again.journey().tasks()).hasSize(11);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void exportsASampleMapAndRefusesPdfOptionsForMermaid() throws Exception {
        Path map = dir.resolve("gut.journey.json");
        JourneyFiles.write(Samples.all().get(0).map(), map);
        Path mmd = dir.resolve("gut.mmd");
        CliRun run = CliRun.english("export", map.toString(), "-o", mmd.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        MermaidImport read = MermaidImport.read(mmd, Language.DE, Locale.GERMAN);
        assertThat(read.map().phases()).extracting(Phase::name)
                .isEqualTo(Samples.all().get(0).map().phases().stream().map(Phase::name).toList());
        CliRun pdfOnly = CliRun.english("export", map.toString(), "-o", dir.resolve("x.mmd").toString(), "--paper", "A3");
        assertThat(pdfOnly.exitCode()).isEqualTo(2);
        assertThat(pdfOnly.err()).contains("--paper only works for PDF output");
        Path folder = Files.createDirectory(dir.resolve("handouts"));
        CliRun intoFolder = CliRun.english("export", map.toString(), "-o", folder.toString(), "--format", "mmd");
        assertThat(intoFolder.exitCode()).as(intoFolder.err()).isZero();
        assertThat(folder.resolve("gut.mmd")).hasSameTextualContentAs(mmd);
    }
}
