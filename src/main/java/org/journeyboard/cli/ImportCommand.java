package org.journeyboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.interop.MermaidImport;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journeyboard import FILE.mmd -o OUT.journey.json}: a mermaid journey diagram as a new map. Exit 0 on
 * success (warnings on stderr), 1 for a file mermaid would refuse or an output that cannot be written, 2 for a
 * usage error.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = {"-o", "--output"}, descriptionKey = "import.output", required = true, paramLabel = "OUT")
    Path output;

    @Option(names = "--lang", descriptionKey = "import.lang", paramLabel = "de|en")
    String lang;

    @Option(names = "--force", descriptionKey = "import.force")
    boolean force;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        try {
            language = lang != null ? Language.ofCode(lang)
                    : locale.getLanguage().equals("de") ? Language.DE : Language.EN;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".mmd") && !name.endsWith(".mermaid")) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliText.get(locale, "import.unknownFormat", file));
        }
        if (Files.exists(output) && !force) {
            err.println(CliText.get(locale, "new.exists", output));
            return JourneyboardCommand.EXIT_INVALID;
        }
        MermaidImport imported;
        try {
            imported = MermaidImport.read(file, language, locale);
        } catch (JourneyFileException e) {
            e.problems().forEach(err::println);
            return JourneyboardCommand.EXIT_INVALID;
        }
        imported.warnings().forEach(w -> err.println(CliText.get(locale, "import.warning", w)));
        JourneyMap map = imported.map();
        try {
            JourneyFiles.write(map, output);
        } catch (IOException e) {
            err.println(CliText.get(locale, "error.write", output, IoText.reason(e, locale)));
            return JourneyboardCommand.EXIT_INVALID;
        }
        out.println(CliText.get(locale, "import.done", output, map.phases().size(), map.cards().size(),
                map.personas().size()));
        return 0;
    }
}
