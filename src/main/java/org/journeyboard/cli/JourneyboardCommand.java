package org.journeyboard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.journeyboard.export.PdfExport;
import org.journeyboard.layout.FontMetrics;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of Journeyboard: {@code journeyboard new|validate|samples|import ...}; loads no JavaFX class. */
@Command(name = "journeyboard", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        resourceBundle = "org.journeyboard.cli.cli",
        subcommands = {NewCommand.class, ValidateCommand.class, SamplesCommand.class, ExportCommand.class,
            InsightsCommand.class, CompareCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class JourneyboardCommand implements Runnable {
    /** Exit code for a bad input file. */
    public static final int EXIT_INVALID = 1;
    /** Exit code for a usage error (picocli's default for invalid input). */
    public static final int EXIT_USAGE = 2;

    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");
    /**
     * The names of the subcommands above. Written out so that deciding between window and command line does not
     * build picocli's whole model first: that costs a third of a second of a cold start, which the editor window
     * would otherwise wait for. A test keeps this list equal to the annotation.
     */
    static final Set<String> SUBCOMMANDS = Set.of("new", "validate", "samples", "export", "insights", "compare", "import",
            "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * True when the arguments ask for a command rather than the editor window. The window opens with no argument, or
     * for a map: an existing file or a name ending in .journey.json. Anything else (a mistyped command, a command of
     * a newer version) goes to the command line, which says it is unknown, instead of a window that may not even
     * find a display.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return OPTIONS.contains(args[0]) || SUBCOMMANDS.contains(args[0]) || !isMapToOpen(args[0]);
    }

    private static boolean isMapToOpen(String argument) {
        if (argument.toLowerCase(Locale.ROOT).endsWith(".journey.json")) {
            return true; // a missing or malformed one gets the window's message
        }
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The sentence for a start of the window where there is no display, in the language of {@code locale}. */
    public static String noDisplay(Locale locale) {
        return CliText.get(locale, "window.noDisplay");
    }

    /** Runs the command line with the system's output streams and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Locale.getDefault());
    }

    /** Runs the command line writing to {@code out}/{@code err} in the language of {@code locale}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Locale locale) {
        return run(args, out, err, locale, true);
    }

    /**
     * Runs the command line; with {@code quickExport} a plain export command is read without picocli (see
     * {@link ExportArguments}), which a test compares with picocli's reading of the same arguments.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Locale locale, boolean quickExport) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale); // picocli reads its usage texts from bundles in the default locale
        try {
            if (args.length > 0 && args[0].equals("export")) {
                // every export measures text: the fonts (and for a PDF, PDFBox) are made ready on the other core
                // while the map is read and laid out
                if (isPdf(args)) {
                    PdfExport.prepareInBackground();
                } else {
                    FontMetrics.readInBackground();
                }
                ExportCommand quick = quickExport ? ExportArguments.parse(args, 1) : null;
                if (quick != null) {
                    try {
                        return quick.call(out, err);
                    } catch (ExportCommand.UsageError e) {
                        // found before anything was read or written: picocli reports it with the usage help
                    } catch (RuntimeException e) {
                        err.println(CliText.get(locale, "error.unexpected", String.valueOf(e.getMessage())));
                        return EXIT_INVALID;
                    }
                }
            }
            CommandLine cli = new CommandLine(new JourneyboardCommand());
            cli.setResourceBundle(ResourceBundle.getBundle("org.journeyboard.cli.cli", locale));
            // the export command keeps its own bundle (setResourceBundle above pushes ours down to every subcommand)
            cli.getSubcommands().get("export")
                    .setResourceBundle(ResourceBundle.getBundle("org.journeyboard.cli.export", locale));
            cli.setOut(out);
            cli.setErr(err);
            CommandLine.IParameterExceptionHandler usual = cli.getParameterExceptionHandler();
            cli.setParameterExceptionHandler((ex, arguments) -> {
                if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && ex.getCommandLine() == cli
                        && arguments.length > 0 && !arguments[0].startsWith("-")) {
                    unknownCommand(arguments[0], unmatched.getSuggestions(), err, locale);
                    return EXIT_USAGE;
                }
                return usual.handleParseException(ex, arguments);
            });
            cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                // no stack trace ever reaches a user
                commandLine.getErr().println(CliText.get(locale, "error.unexpected", String.valueOf(ex.getMessage())));
                return EXIT_INVALID;
            });
            return cli.execute(args);
        } finally {
            Locale.setDefault(previous);
        }
    }

    /** A word that is neither a command nor a map file: say so, with picocli's closest commands. */
    private static void unknownCommand(String word, List<String> suggestions, PrintWriter err, Locale locale) {
        err.println(CliText.get(locale, "error.unknownCommand", word));
        if (!suggestions.isEmpty()) {
            err.println(CliText.get(locale, "error.didYouMean", String.join(", ", suggestions)));
        }
        err.println(CliText.get(locale, "error.seeHelp"));
    }

    /** True when the export's output is a PDF (an output named .pdf, or a folder without --format). */
    private static boolean isPdf(String[] args) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("-o") || args[i].equals("--output") || args[i].equals("--format")) {
                String value = args[i + 1].toLowerCase(Locale.ROOT);
                if (value.endsWith(".svg") || value.endsWith(".png") || value.endsWith(".mmd") || value.equals("svg")
                        || value.equals("png") || value.equals("mmd")) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
