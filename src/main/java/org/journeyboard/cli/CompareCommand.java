package org.journeyboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.export.ComparisonPages;
import org.journeyboard.export.ExportFiles;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journeyboard compare A B [--format text|json]}: how B differs from A, phase by phase, to standard output;
 * with {@code -o compare.pdf} as a PDF (both curves drawn over the shared phases, written atomically like every
 * export). Exit 0 on success, 1 for a bad input file or an unwritable output, 2 for wrong arguments.
 */
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

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", descriptionKey = "compare.output")
    Path output;

    @Option(names = "--paper", paramLabel = "PAPER", descriptionKey = "compare.paper")
    String paper;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "compare.lang")
    String lang;

    /** The one way exports reach the disk; a test puts a full disk under it. */
    ExportFiles pipeline = ExportFiles.STANDARD;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        PdfOptions pdf = output == null ? null : pdfOptions(locale);
        if (output == null && (paper != null || lang != null)) {
            throw usage(locale, "compare.pdfOnly", paper != null ? "--paper" : "--lang");
        }
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
        if (pdf != null) {
            return writePdf(c, ComparisonPages.nameOf(before), ComparisonPages.nameOf(after), pdf, locale);
        }
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

    private int writePdf(Comparison c, String nameA, String nameB, PdfOptions pdf, Locale locale) {
        try {
            ExportFiles.Written written = pipeline.writeComparison(c, nameA, nameB, pdf, output);
            spec.commandLine().getOut().println(CliText.get(locale, "compare.wrotePages", output, written.pages()));
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(CliText.get(locale, "error.write", output,
                    e instanceof IOException io ? IoText.reason(io, locale) : String.valueOf(e.getMessage())));
            return JourneyboardCommand.EXIT_INVALID;
        }
    }

    /** The paper and language of the PDF; wrong arguments are usage errors, before any file is read. */
    private PdfOptions pdfOptions(Locale locale) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed != null && parsed.hasMatchedOption("--format")) {
            throw usage(locale, "compare.formatOrOutput");
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw usage(locale, "compare.pdfOutput", output);
        }
        PdfOptions options = PdfOptions.defaults();
        try {
            if (paper != null) {
                options = options.withPaper(Paper.parse(paper));
            }
            if (lang != null) {
                options = options.withLanguage(Language.ofCode(lang));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return options;
    }

    private CommandLine.ParameterException usage(Locale locale, String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), CliText.get(locale, key, args));
    }
}
