package org.journeyboard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code journeyboard validate FILE...}: exit 0 when every file is valid, 1 when any is not. */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<Path> files;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        int invalid = 0;
        for (Path file : files) {
            try {
                JourneyFiles.read(file);
                spec.commandLine().getOut().println(CliText.get(locale, "validate.ok", file));
            } catch (JourneyFileException e) {
                invalid++;
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            }
        }
        if (files.size() > 1) {
            spec.commandLine().getOut().println(CliText.get(locale, "validate.summary", files.size() - invalid, invalid));
        }
        return invalid == 0 ? 0 : JourneyboardCommand.EXIT_INVALID;
    }
}
