package org.journeyboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code journeyboard samples -o DIR}: writes the bundled sample maps into a folder. */
@Command(name = "samples", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class SamplesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "samples.output")
    Path folder;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        try {
            Files.createDirectories(folder);
            for (Sample sample : Samples.all()) {
                Path file = folder.resolve(sample.fileName());
                JourneyFiles.write(sample.map(), file);
                spec.commandLine().getOut().println(CliText.get(locale, "samples.wrote", file));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get(locale, "error.write", folder, IoText.reason(e, locale)));
            return JourneyboardCommand.EXIT_INVALID;
        }
        return 0;
    }
}
