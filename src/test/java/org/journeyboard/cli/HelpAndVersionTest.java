package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {
    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.english("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("new", "validate", "samples", "Usage:", "usage error");
    }

    @Test
    void helpSpeaksGerman() {
        CliRun run = CliRun.of(Locale.GERMAN, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Aufruf:", "Befehle:", "Beispiel-Maps");
    }

    @Test
    void commandHelpDescribesItsOptions() {
        CliRun run = CliRun.english("new", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--template", "ihk7", "--lang", "-o");
    }

    @Test
    void versionNamesTheProduct() {
        CliRun run = CliRun.english("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Journeyboard ").doesNotContain("dev");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(CliRun.english("validate").exitCode()).isEqualTo(2);
        assertThat(CliRun.english("samples").exitCode()).isEqualTo(2);
        assertThat(CliRun.english("new", "--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void launcherTellsCommandsFromFiles() {
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"validate", "x"})).isTrue();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(JourneyboardCommand.isCommandLine(new String[] {"workshop.journey.json"})).isFalse();
        assertThat(JourneyboardCommand.isCommandLine(new String[0])).isFalse();
    }
}
