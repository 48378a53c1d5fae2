package org.journeyboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code journeyboard new}: writes a new map from a template. */
@Command(name = "new", mixinStandardHelpOptions = true, resourceBundle = "org.journeyboard.cli.cli")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--template", descriptionKey = "new.template", defaultValue = "ihk7", paramLabel = "ihk7|aida|five|b2b")
    String template;

    @Option(names = "--lang", descriptionKey = "new.lang", defaultValue = "de", paramLabel = "de|en")
    String lang;

    @Option(names = {"-o", "--output"}, descriptionKey = "new.output", required = true, paramLabel = "FILE")
    Path output;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Override
    public Integer call() {
        Locale locale = Locale.getDefault();
        TemplateKind kind;
        Language language;
        try {
            kind = TemplateKind.ofCode(template);
            language = Language.ofCode(lang);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.exists(output) && !force) {
            spec.commandLine().getErr().println(CliText.get(locale, "new.exists", output));
            return JourneyboardCommand.EXIT_INVALID;
        }
        try {
            JourneyFiles.write(Templates.create(kind, language, Instant.now()), output);
        } catch (IOException e) {
            spec.commandLine().getErr().println(CliText.get(locale, "error.write", output, IoText.reason(e, locale)));
            return JourneyboardCommand.EXIT_INVALID;
        }
        spec.commandLine().getOut().println(CliText.get(locale, "new.done", output, kind.code(), language.code()));
        return 0;
    }
}
