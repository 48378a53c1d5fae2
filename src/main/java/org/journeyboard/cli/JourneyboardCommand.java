package org.journeyboard.cli;

import java.util.Set;

/** The command line of Journeyboard; placeholder until the commands land. */
public final class JourneyboardCommand {
    private static final Set<String> COMMANDS = Set.of("new", "validate", "samples", "export", "--help", "-h", "--version", "-V", "help");

    private JourneyboardCommand() {
    }

    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.out.println("journeyboard");
        return 0;
    }
}
