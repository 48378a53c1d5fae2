package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandNamesTest {
    @Test
    void theLauncherKnowsEverySubcommandPicocliKnows() {
        assertThat(JourneyboardCommand.SUBCOMMANDS)
                .containsExactlyInAnyOrderElementsOf(new CommandLine(new JourneyboardCommand()).getSubcommands().keySet());
    }

    @Test
    void everySubcommandNameMeansTheCommandLine() {
        for (String name : JourneyboardCommand.SUBCOMMANDS) {
            assertThat(JourneyboardCommand.isCommandLine(new String[] {name})).as(name).isTrue();
        }
    }
}
