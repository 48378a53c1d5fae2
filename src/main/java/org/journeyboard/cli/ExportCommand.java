package org.journeyboard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import org.journeyboard.export.ExportFiles;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportProgress;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.Placement;
import org.journeyboard.export.PngOptions;
import org.journeyboard.export.TextSizeAdvice;
import org.journeyboard.export.WorksheetPart;
import org.journeyboard.interop.MermaidExport;
import org.journeyboard.io.AtomicFile;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journeyboard export FILE... -o OUT.pdf|.svg|.png|.mmd}: handouts, posters, worksheets with answer keys, SVG
 * and PNG, without a display; a mermaid journey as text. Exit 0 on success, 1 for a bad input file or an unwritable output, 2 for a usage error.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        resourceBundle = "org.journeyboard.cli.export",
        description = "Exports maps as PDF (handout, poster, worksheet with answer key), SVG or PNG.")
public final class ExportCommand implements Callable<Integer> {
    /** Exit code for a bad input file or an output that could not be written. */
    public static final int EXIT_FAILED = 1;

    private static final String BUNDLE = "org.journeyboard.cli.export";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "export.files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "export.output")
    Path output;

    @Option(names = "--format", paramLabel = "pdf|svg|png", descriptionKey = "export.format")
    String format;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "A4", descriptionKey = "export.paper")
    String paper;

    @Option(names = "--landscape", descriptionKey = "export.landscape")
    boolean landscape;

    @Option(names = "--portrait", descriptionKey = "export.portrait")
    boolean portrait;

    @Option(names = "--margin", paramLabel = "MM", descriptionKey = "export.margin")
    Double marginMm;

    @Option(names = "--fit", descriptionKey = "export.fit")
    boolean fit;

    @Option(names = "--scale", paramLabel = "S", descriptionKey = "export.scale")
    Double scale;

    @Option(names = "--tiles", paramLabel = "CxR", descriptionKey = "export.tiles")
    String tiles;

    @Option(names = "--worksheet", paramLabel = "PARTS", descriptionKey = "export.worksheet")
    String worksheet;

    @Option(names = "--answer-key", paramLabel = "KEY.pdf", descriptionKey = "export.answerKey")
    Path answerKey;

    @Option(names = "--appendix", descriptionKey = "export.appendix")
    boolean appendix;

    @Option(names = "--phase-page", descriptionKey = "export.phasePage")
    boolean phasePage;

    @Option(names = "--insights", descriptionKey = "export.insights")
    boolean insights;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "export.dpi")
    Double dpi;

    @Option(names = "--width", paramLabel = "PX", descriptionKey = "export.width")
    Integer widthPx;

    @Option(names = "--transparent", descriptionKey = "export.transparent")
    boolean transparent;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "export.lang")
    String lang;

    /** Where messages go: picocli's writers, or those of {@link ExportArguments}' quick path. */
    private PrintWriter out;
    private PrintWriter err;
    /** The options typed, by their long names, when the arguments were read without picocli; null with picocli. */
    Set<String> typed;
    /** The one export pipeline; a test puts a full disk under it. */
    ExportFiles pipeline = ExportFiles.STANDARD;

    /** Public so that the main command can register it as a subcommand. */
    public ExportCommand() {
    }

    /** What is written and how, checked once before any file is read; no format: a mermaid journey. */
    private record Plan(ExportJob.Format format, PdfOptions pdf, Set<WorksheetPart> blanks, PngOptions png) {
        boolean isMermaid() {
            return format == null;
        }

        String extension() {
            return isMermaid() ? "mmd" : format.extension();
        }
    }

    /** A usage error found after parsing: picocli reports it with the usage help and exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        try {
            return export();
        } catch (UsageError e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e.getCause());
        }
    }

    /**
     * Runs with the fields filled by {@link ExportArguments}; throws {@link UsageError} before anything is read or
     * written, so that picocli can then report it as it reports every usage error.
     */
    int call(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        return export();
    }

    private int export() {
        // an existing folder as -o takes a single file too, named after the input
        boolean several = files.size() > 1 || Files.isDirectory(output);
        Plan plan = plan(several);
        if (several) {
            if (Files.isRegularFile(output)) {
                throw usage("export.outputIsFile", output);
            }
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err.println(text("export.cannotWrite", output, e.getMessage()));
                return EXIT_FAILED;
            }
        }
        int failures = 0;
        for (Path file : files) {
            JourneyMap map;
            try {
                map = JourneyFiles.read(file);
            } catch (JourneyFileException e) {
                e.problems().forEach(p -> err.println(p));
                failures++;
                continue;
            }
            Path target = several ? output.resolve(baseName(file) + "." + plan.extension()) : output;
            try {
                export(map, plan, target, several ? null : answerKey);
            } catch (IOException | RuntimeException e) {
                // a failed write (full disk, no permission) is reported per file like a bad input
                err.println(text("export.cannotWrite", target, String.valueOf(e.getMessage())));
                failures++;
            }
        }
        return failures == 0 ? 0 : EXIT_FAILED;
    }

    private void export(JourneyMap map, Plan plan, Path target, Path key) throws IOException {
        if (plan.isMermaid()) {
            // text, not a drawing: it goes beside the painting pipeline, through the same atomic files
            try (AtomicFile.Batch batch = AtomicFile.batch()) {
                try (OutputStream stream = batch.create(target)) {
                    stream.write(MermaidExport.text(map).getBytes(StandardCharsets.UTF_8));
                }
                batch.commit();
            }
            out.println(text("export.wrote", target));
            return;
        }
        ExportJob job = new ExportJob(plan.format(), plan.pdf(), plan.blanks(), plan.png(), target).withAnswerKey(key);
        List<ExportFiles.Written> written = pipeline.write(map, job, ExportProgress.NONE);
        for (ExportFiles.Written file : written) {
            out.println(plan.format() == ExportJob.Format.PDF ? text("export.wrotePages", file.file(), file.pages())
                    : text("export.wrote", file.file()));
        }
        if (written.get(0).isTextTiny()) {
            // the export is fine, but a facilitator should know before printing a stack of handouts
            double size = written.get(0).cardTextSize();
            err.println(text("export.tinyText", oneDecimal(size), advice(plan.pdf(), size)));
        }
    }

    /** Only what would help: a larger paper than the chosen one, a poster of enough sheets, or a larger scale. */
    private String advice(PdfOptions pdf, double size) {
        TextSizeAdvice a = TextSizeAdvice.of(pdf.paper(), pdf.placement(), size);
        if (a.scale() > 0) {
            // an option value as the command line reads it (0.45), not in the user's number format
            return text("export.tinyText.scale", String.valueOf(a.scale()), oneDecimal(TextSizeAdvice.TARGET));
        }
        if (a.paper() == null) {
            return text("export.tinyText.poster", a.posterSide(), oneDecimal(a.posterSize()));
        }
        return text("export.tinyText.paper", a.paper().displayName(), oneDecimal(a.paperSize()), a.posterSide(),
                oneDecimal(a.posterSize()));
    }

    private static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private Plan plan(boolean several) {
        String fmt = several ? (format == null ? "pdf" : format.toLowerCase(Locale.ROOT)) : formatOf(output);
        if (!List.of("pdf", "svg", "png", "mmd").contains(fmt)) {
            throw several ? usage("export.badValue", "--format", format) : usage("export.unknownFormat", output);
        }
        exclusive("--landscape", landscape, "--portrait", portrait);
        exclusive("--fit", fit, "--scale", scale != null);
        exclusive("--fit", fit, "--tiles", tiles != null);
        exclusive("--scale", scale != null, "--tiles", tiles != null);
        exclusive("--dpi", dpi != null, "--width", widthPx != null);
        boolean pdf = fmt.equals("pdf");
        List<String> pdfOnly = new ArrayList<>();
        for (String option : List.of("--paper", "--landscape", "--portrait", "--margin", "--fit", "--scale",
                "--tiles", "--worksheet", "--appendix", "--phase-page", "--insights", "--lang")) {
            if (given(option)) {
                pdfOnly.add(option);
            }
        }
        if (!pdf && !pdfOnly.isEmpty()) {
            throw usage("export.pdfOnly", pdfOnly.get(0));
        }
        if (!fmt.equals("png") && (dpi != null || widthPx != null)) {
            throw usage("export.pngOnly", dpi != null ? "--dpi" : "--width");
        }
        if ((pdf || fmt.equals("mmd")) && transparent) {
            throw usage("export.imageOnly", "--transparent");
        }
        if (answerKey != null && worksheet == null) {
            throw usage("export.answerKeyNeedsWorksheet");
        }
        PdfOptions options = PdfOptions.defaults();
        Set<WorksheetPart> blanks = Set.of();
        PngOptions png = PngOptions.defaults();
        try {
            options = options.withPaper(Paper.parse(paper))
                    .withOrientation(landscape ? Orientation.LANDSCAPE : portrait ? Orientation.PORTRAIT
                            : Orientation.AUTO)
                    .withAppendix(appendix)
                    .withPhasePage(phasePage)
                    .withInsights(insights);
            if (marginMm != null) {
                options = options.withMarginMm(marginMm);
            }
            if (scale != null) {
                options = options.withPlacement(new Placement.Scale(scale));
            } else if (tiles != null) {
                options = options.withPlacement(Placement.Tiles.parse(tiles));
            }
            if (lang != null) {
                options = options.withLanguage(Language.ofCode(lang));
            }
            if (worksheet != null) {
                blanks = WorksheetPart.parseList(worksheet);
            }
            if (widthPx != null) {
                png = PngOptions.atWidth(widthPx, transparent);
            } else {
                png = PngOptions.atDpi(dpi == null ? PngOptions.defaults().dpi() : dpi, transparent);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage(), e);
        }
        return new Plan(fmt.equals("mmd") ? null : ExportJob.Format.valueOf(fmt.toUpperCase(Locale.ROOT)), options,
                blanks, png);
    }

    /** True when the user typed {@code option} (a default value does not count). */
    private boolean given(String option) {
        if (typed != null) {
            return typed.contains(option);
        }
        CommandLine.ParseResult result = spec.commandLine().getParseResult();
        return result != null && result.hasMatchedOption(option);
    }

    private void exclusive(String a, boolean hasA, String b, boolean hasB) {
        if (hasA && hasB) {
            throw usage("export.exclusive", a, b);
        }
    }

    private static String formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** "workshop" for "workshop.journey.json" (or "workshop.json"). */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(JourneyFiles.EXTENSION, ".json")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static UsageError usage(String key, Object... args) {
        return new UsageError(text(key, args), null);
    }

    private static String text(String key, Object... args) {
        Locale locale = Locale.getDefault();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
