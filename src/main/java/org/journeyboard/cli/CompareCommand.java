package org.journeyboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journeyboard compare A B [--format text|json]}: how B differs from A, phase by phase. */
@Command(name = "compare", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "compare.before")
    Path before;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "compare.after")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "compare.format")
    Format format;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        JourneyMap a;
        JourneyMap b;
        try {
            a = JourneyFiles.read(before);
            b = JourneyFiles.read(after);
        } catch (JourneyFileException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return JourneyboardCommand.EXIT_INVALID;
        }
        Comparison c = Comparison.of(a, b);
        String nameA = before.getFileName().toString();
        String nameB = after.getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (format == Format.json) {
                ComparisonJson.write(c, nameA, nameB, out);
            } else {
                ComparisonText.write(c, nameA, nameB, new InsightsTexts(locale), out);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get(locale, "error.write", "-", IoText.reason(e, locale)));
            return JourneyboardCommand.EXIT_INVALID;
        }
        return 0;
    }
}
