package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line must run on a machine without a display: {@code new}, {@code validate}, {@code insights},
 * {@code compare}, {@code import} (mermaid) and {@code export} (PDF, SVG, PNG, mermaid), started through the launcher as the jar starts them, must not even load a JavaFX class; a plain export
 * also loads no picocli class (ADR 8: its quick path reads the arguments itself).
 */
class NoJavaFxOnTheCommandLineTest {
    @TempDir
    Path dir;

    /** Runs the launcher in a JVM of its own, with its own data folder and preferences and a deadline. */
    private List<String> run(String... args) throws Exception {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        Path output = dir.resolve("output-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-Djourneyboard.dataDir=" + dir.resolve("data"),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), "org.journeyboard.app.Launcher"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("no end within 90 s: " + String.join(" ", args) + "\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        assertThat(p.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains("com.sun.javafx"));
        return loaded;
    }

    @Test
    void newAndValidateLoadNoJavaFxClass() throws Exception {
        Path map = dir.resolve("Nachbar erzählt – „sofort“.journey.json");
        assertThat(run("new", "-o", map.toString())).anyMatch(l -> l.contains("org.journeyboard.cli.NewCommand"));
        assertThat(map).exists();
        assertThat(run("validate", map.toString()))
                .anyMatch(l -> l.contains("org.journeyboard.cli.ValidateCommand"));
    }

    @Test
    void insightsAndCompareLoadNoJavaFxClass() throws Exception {
        Path map = dir.resolve("Ist-Reise.journey.json");
        run("new", "-o", map.toString());
        assertThat(run("insights", map.toString(), "--format", "json"))
                .anyMatch(l -> l.contains("org.journeyboard.insights.Insights"));
        assertThat(run("compare", map.toString(), map.toString()))
                .anyMatch(l -> l.contains("org.journeyboard.insights.Comparison"));
    }

    @Test
    void importAndMermaidExportLoadNoJavaFxClass() throws Exception {
        Path diagram = dir.resolve("Mein Tag – „früh“ 😀.mmd");
        Files.writeString(diagram, "---\ntitle: Mein Tag\n---\njourney\n  section Morgens\n    Tee kochen: 5: Anna\n",
                StandardCharsets.UTF_8);
        Path map = dir.resolve("tag.journey.json");
        assertThat(run("import", diagram.toString(), "-o", map.toString()))
                .anyMatch(l -> l.contains("org.journeyboard.interop.MermaidImport"));
        assertThat(map).exists();
        assertThat(run("export", map.toString(), "-o", dir.resolve("zurück.mmd").toString()))
                .anyMatch(l -> l.contains("org.journeyboard.interop.MermaidExport"));
        assertThat(dir.resolve("zurück.mmd")).content(StandardCharsets.UTF_8).contains("Tee kochen: 5: Anna");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "svg", "png"})
    void aPlainExportLoadsNeitherJavaFxNorPicocli(String format) throws Exception {
        Path map = dir.resolve("karte.journey.json");
        run("new", "-o", map.toString());
        Path target = dir.resolve("Karte – Einbruch 😀." + format);
        List<String> loaded = run("export", map.toString(), "-o", target.toString());
        assertThat(target).isNotEmptyFile();
        assertThat(loaded).anyMatch(l -> l.contains("org.journeyboard.export.ExportFiles"));
        // the verifier loads the exception type ExportCommand throws for picocli (and its parent); no more
        assertThat(loaded).filteredOn(l -> l.contains(" picocli."))
                .allMatch(l -> l.contains(" picocli.CommandLine$PicocliException ")
                        || l.contains(" picocli.CommandLine$ParameterException "));
    }
}
