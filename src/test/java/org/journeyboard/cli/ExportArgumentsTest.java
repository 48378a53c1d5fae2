package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command read without picocli must do and print exactly what picocli's reading does. */
class ExportArgumentsTest {
    @TempDir
    Path dir;

    private String g;
    private String g2;
    private String bad;
    private Path outputs;

    @BeforeEach
    void writeInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        g = in.resolve("good.journey.json").toString();
        g2 = in.resolve("worst.journey.json").toString();
        bad = in.resolve("bad.journey.json").toString();
        JourneyFiles.write(Samples.all().get(0).map(), Path.of(g));
        JourneyFiles.write(Samples.all().get(1).map(), Path.of(g2));
        Files.writeString(Path.of(bad), "{ \"format\": \"journeyboard\", ", StandardCharsets.UTF_8);
        outputs = dir.resolve("out");
        Files.writeString(dir.resolve("args.txt"), g + " -o " + out("at.pdf"), StandardCharsets.UTF_8);
    }

    private String out(String name) {
        return outputs.resolve(name).toString();
    }

    /** Commands the quick path takes itself; each also runs through picocli. */
    private List<String[]> plainCommands() {
        return List.of(
                new String[] {g, "-o", out("a.pdf")},
                new String[] {"-o", out("a.pdf"), g},
                new String[] {g, "--output", out("a.pdf"), "--paper", "A3", "--landscape", "--appendix",
                        "--phase-page", "--lang", "en"},
                new String[] {g, "-o", out("a.pdf"), "--tiles", "2x2", "--margin", "5"},
                new String[] {g, "-o", out("a.pdf"), "--scale", "0.5", "--portrait"},
                new String[] {g, "-o", out("a.pdf"), "--fit", "--paper", "A3"},
                new String[] {g, "-o", out("i.pdf"), "--insights", "--lang", "en"},
                new String[] {g, "-o", out("ws.pdf"), "--worksheet", "cards,curve", "--answer-key", out("k.pdf")},
                new String[] {g, "-o", out("a.svg")},
                new String[] {g, "-o", out("a.png"), "--dpi", "36", "--transparent"},
                new String[] {g, "-o", out("a.png"), "--width", "300"},
                new String[] {g, g2, "-o", out("folder"), "--format", "svg"},
                new String[] {g, bad, "-o", out("folder")},
                new String[] {bad, "-o", out("a.pdf")},
                new String[] {dir.resolve("missing.journey.json").toString(), "-o", out("a.pdf")},
                // usage errors found after reading the arguments: the quick path hands them to picocli
                new String[] {g, "-o", out("a.doc")},
                new String[] {g, "-o", out("a.pdf"), "--fit", "--tiles", "3x2"},
                new String[] {g, "-o", out("a.pdf"), "--landscape", "--portrait"},
                new String[] {g, "-o", out("a.pdf"), "--tiles", "three"},
                new String[] {g, "-o", out("a.pdf"), "--paper", "B7"},
                new String[] {g, "-o", out("a.pdf"), "--lang", "fr"},
                new String[] {g, "-o", out("a.pdf"), "--dpi", "300"},
                new String[] {g, "-o", out("a.pdf"), "--answer-key", out("k.pdf")},
                new String[] {g, "-o", out("a.pdf"), "--worksheet", "everything"},
                new String[] {g, "-o", out("a.svg"), "--tiles", "2x2"},
                new String[] {g, "-o", out("a.pdf"), "--transparent"},
                new String[] {g, "-o", out("a.png"), "--paper", "A3"},
                new String[] {g, "-o", out("a.svg"), "--insights"},
                new String[] {g, g2, "-o", g});
    }

    /** Commands only picocli reads (the quick path declines them). */
    private List<String[]> picocliCommands() {
        return List.of(
                new String[] {},
                new String[] {g},
                new String[] {"-o", out("a.pdf")},
                new String[] {g, "-o"},
                new String[] {g, "-o", out("a.pdf"), "-o", out("b.pdf")},
                new String[] {g, "-o", out("a.pdf"), "--output", out("b.pdf")},
                new String[] {g, "-o", out("a.pdf"), "--fit", "--fit"},
                new String[] {g, "-o", out("a.pdf"), "--insights", "--insights"},
                new String[] {g, "--output=" + out("a.pdf")},
                new String[] {g, "-o" + out("a.pdf")},
                new String[] {g, "-o", out("a.pdf"), "--bogus"},
                new String[] {g, "-o", out("a.pdf"), "-h"},
                new String[] {"--help"},
                new String[] {"-V"},
                new String[] {g, "-o", out("a.png"), "--width", "010"},
                new String[] {g, "-o", out("a.png"), "--width", "ten"},
                new String[] {g, "-o", out("a.pdf"), "--margin", "-3"},
                new String[] {g, "-o", out("a.pdf"), "--scale", "1e0"},
                new String[] {g, "-o", out("a.pdf"), "--scale", "abc"},
                new String[] {g, "-o", out("a.pdf"), "--", "-file"},
                new String[] {g, "", "-o", out("a.pdf")},
                new String[] {"@" + dir.resolve("args.txt")});
    }

    @Test
    void theQuickPathKnowsEveryOptionOfTheExportCommand() {
        java.util.Set<String> picocli = new java.util.HashSet<>();
        new picocli.CommandLine(new ExportCommand()).getCommandSpec().options()
                .forEach(o -> picocli.addAll(List.of(o.names())));
        picocli.removeAll(List.of("-h", "--help", "-V", "--version"));
        assertThat(ExportArguments.optionNames()).containsExactlyInAnyOrderElementsOf(picocli);
    }

    @Test
    void theQuickPathTakesPlainCommandsAndDeclinesTheRest() {
        for (String[] args : plainCommands()) {
            assertThat(ExportArguments.parse(args, 0)).as(String.join(" ", args)).isNotNull();
        }
        for (String[] args : picocliCommands()) {
            assertThat(ExportArguments.parse(args, 0)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void everyCommandPrintsWritesAndExitsAsWithPicocli() throws IOException {
        List<String[]> all = new ArrayList<>(plainCommands());
        all.addAll(picocliCommands());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (String[] rest : all) {
                String[] args = Stream.concat(Stream.of("export"), Stream.of(rest)).toArray(String[]::new);
                Outcome quick = run(args, locale, true);
                Outcome picocli = run(args, locale, false);
                assertThat(quick).as(locale + ": " + String.join(" ", args)).isEqualTo(picocli);
            }
        }
    }

    /** What one run printed and returned, and the files it left (name and size); the outputs are then removed. */
    private record Outcome(int exitCode, String out, String err, Map<String, Long> files) {
    }

    private Outcome run(String[] args, Locale locale, boolean quick) throws IOException {
        Files.createDirectories(outputs);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JourneyboardCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), locale,
                quick);
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(outputs)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p)) {
                    files.put(outputs.relativize(p).toString(), Files.size(p));
                }
                Files.delete(p);
            }
        }
        return new Outcome(code, out.toString(), err.toString(), files);
    }
}
