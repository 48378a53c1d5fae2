package org.journeyboard.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the arguments of a plain {@code export} command without picocli, whose model costs a cold start more than the
 * export of a small map (its classes are Java 5 class files, verified the slow way and never in a class-data archive).
 * It takes only what it is sure picocli reads the same way: whole option names, each at most once, with plain
 * values, and file names. Anything else (help, an unknown or repeated option, a missing or odd value, an
 * {@code @file}, {@code --}, {@code --name=value}) returns null, and picocli parses the command as always, with its
 * exact messages, usage help and exit codes. A test runs every case both ways and compares what they print.
 */
final class ExportArguments {
    /** Option names of {@link ExportCommand}, each mapped to its long name; true: the option takes a value. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("-o", "--output"), Map.entry("--output", "--output"), Map.entry("--format", "--format"),
            Map.entry("--paper", "--paper"), Map.entry("--landscape", "--landscape"),
            Map.entry("--portrait", "--portrait"), Map.entry("--margin", "--margin"), Map.entry("--fit", "--fit"),
            Map.entry("--scale", "--scale"), Map.entry("--tiles", "--tiles"), Map.entry("--worksheet", "--worksheet"),
            Map.entry("--answer-key", "--answer-key"), Map.entry("--appendix", "--appendix"),
            Map.entry("--phase-page", "--phase-page"), Map.entry("--insights", "--insights"),
            Map.entry("--dpi", "--dpi"), Map.entry("--width", "--width"),
            Map.entry("--transparent", "--transparent"), Map.entry("--lang", "--lang"));
    private static final Set<String> FLAGS = Set.of("--landscape", "--portrait", "--fit", "--appendix",
            "--phase-page", "--insights", "--transparent");
    /** Numbers that Double.valueOf and Integer.valueOf (picocli's converters) read alike; no sign, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.[0-9]{1,9})?");
    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,8}");

    private ExportArguments() {
    }

    /** Every option name this reader knows (a test keeps it equal to the export command's own). */
    static Set<String> optionNames() {
        return NAMES.keySet();
    }

    /** The command with its fields set from {@code args[from..]}, or null when picocli is to read them. */
    static ExportCommand parse(String[] args, int from) {
        ExportCommand command = new ExportCommand();
        Set<String> typed = new HashSet<>();
        List<Path> files = new ArrayList<>();
        command.paper = "A4";
        try {
            for (int i = from; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("@")) {
                    return null;
                }
                if (!arg.startsWith("-")) {
                    files.add(Path.of(arg));
                    continue;
                }
                String name = NAMES.get(arg);
                if (name == null || !typed.add(name)) {
                    return null;
                }
                if (FLAGS.contains(name)) {
                    setFlag(command, name);
                    continue;
                }
                if (i + 1 >= args.length) {
                    return null;
                }
                String value = args[++i];
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !setValue(command, name, value)) {
                    return null;
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        if (files.isEmpty() || command.output == null) {
            return null;
        }
        command.files = files;
        command.typed = typed;
        return command;
    }

    private static void setFlag(ExportCommand command, String name) {
        switch (name) {
            case "--landscape" -> command.landscape = true;
            case "--portrait" -> command.portrait = true;
            case "--fit" -> command.fit = true;
            case "--appendix" -> command.appendix = true;
            case "--phase-page" -> command.phasePage = true;
            case "--insights" -> command.insights = true;
            case "--transparent" -> command.transparent = true;
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** False when picocli should judge the value. */
    private static boolean setValue(ExportCommand command, String name, String value) {
        switch (name) {
            case "--output" -> command.output = Path.of(value);
            case "--answer-key" -> command.answerKey = Path.of(value);
            case "--format" -> command.format = value;
            case "--paper" -> command.paper = value;
            case "--tiles" -> command.tiles = value;
            case "--worksheet" -> command.worksheet = value;
            case "--lang" -> command.lang = value;
            case "--margin", "--scale", "--dpi" -> {
                if (!DECIMAL.matcher(value).matches()) {
                    return false;
                }
                Double number = Double.valueOf(value);
                switch (name) {
                    case "--margin" -> command.marginMm = number;
                    case "--scale" -> command.scale = number;
                    default -> command.dpi = number;
                }
            }
            case "--width" -> {
                if (!WHOLE.matcher(value).matches()) {
                    return false;
                }
                command.widthPx = Integer.valueOf(value);
            }
            default -> throw new IllegalArgumentException(name);
        }
        return true;
    }
}
