package org.journeyboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.insights.Insights;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journeyboard insights FILE [--format text|json|csv]}: the map's figures on standard output. */
@Command(name = "insights", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class InsightsCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "insights.file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "insights.format")
    Format format;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        Insights insights;
        try {
            insights = Insights.of(JourneyFiles.read(file));
        } catch (JourneyFileException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return JourneyboardCommand.EXIT_INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            switch (format) {
                case text -> InsightsText.write(insights, new InsightsTexts(locale), out);
                case json -> InsightsJson.write(insights, out);
                case csv -> InsightsCsv.write(insights, out);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get(locale, "error.write", "-", IoText.reason(e, locale)));
            return JourneyboardCommand.EXIT_INVALID;
        }
        out.flush();
        return 0;
    }
}
