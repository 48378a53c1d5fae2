package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a map opens the window; any other word is a command the command line does not know. */
class UnknownCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedCommandGoesToTheCommandLineNotToTheWindow() {
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"exprot", "map.journey.json"})).isTrue();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"insights", "map.journey.json"}))
                .as("a command of a newer version").isTrue();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"C:\\x:y"})).isTrue();
    }

    @Test
    void aMapOpensTheWindowWhetherItExistsOrNot() throws Exception {
        Path existing = Files.writeString(dir.resolve("Notizen – „Workshop“ 😀.json"), "{}");
        assertThat(JourneyboardCommand.isCommandLine(new String[] {existing.toString()})).isFalse();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"neu/Einbruch – „sofort“.journey.json"})).isFalse();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"WORKSHOP.JOURNEY.JSON"})).isFalse();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {dir.toString()})).as("a folder is no map").isTrue();
    }

    @Test
    void theUnknownCommandIsNamedWithTheClosestOneInEnglish() {
        CliRun run = CliRun.english("exprot", "map.journey.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("“exprot” is neither a Journeyboard command nor a map file.")
                .contains("Did you mean: export?")
                .contains("journeyboard --help")
                .doesNotContain("Exception");
    }

    @Test
    void andInGerman() {
        CliRun run = CliRun.of(Locale.GERMAN, "valdiate", "karte.journey.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("„valdiate“ ist weder ein Befehl von Journeyboard noch eine Kartendatei.")
                .contains("Meinten Sie: validate?")
                .contains("journeyboard --help zeigt alle Befehle.");
    }

    @Test
    void anUnknownOptionStillGetsPicocliSOwnMessage() {
        CliRun run = CliRun.english("new", "-o", dir.resolve("x.journey.json").toString(), "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bogus").doesNotContain("neither a Journeyboard command");
    }
}
