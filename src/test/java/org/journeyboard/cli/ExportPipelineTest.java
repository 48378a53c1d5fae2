package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.journeyboard.export.ExportFiles;
import org.journeyboard.export.WorksheetPart;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.FullDisk;
import org.journeyboard.ui.export.ExportSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code journeyboard export} runs the dialog's pipeline: a failed export leaves the older files as they were. */
class ExportPipelineTest {
    private static final byte[] OLDER = "Ältere Fassung – „vom Workshop“ 24/7 😀".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale previous;
    private Path map;
    private Path other;

    @BeforeEach
    void writeMaps() throws IOException {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        map = dir.resolve("Nachbar erzählt – „sofort“.journey.json");
        other = dir.resolve("zweite Karte.journey.json");
        JourneyFiles.write(Samples.all().get(0).map(), map);
        JourneyFiles.write(Samples.all().get(1).map(), other);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    private int run(ExportFiles pipeline, String... args) {
        ExportCommand command = new ExportCommand();
        command.pipeline = pipeline;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "svg", "png"})
    void aDiskThatFillsUpKeepsTheOlderExportByteForByte(String format) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Ausgabe"));
        Path target = folder.resolve("Übersicht – Einbruch." + format);
        Files.write(target, OLDER);
        assertThat(run(new ExportFiles(FullDisk.after(2000)), map.toString(), "-o", target.toString()))
                .isEqualTo(ExportCommand.EXIT_FAILED);
        assertThat(err.toString()).contains(target.toString());
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertThat(names(folder)).containsExactly(target.getFileName().toString());
    }

    @Test
    void aWorksheetAndItsAnswerKeyLandBothOrNeither() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Kurs 9b"));
        Path sheet = folder.resolve("Arbeitsblatt.pdf");
        Path key = Files.createDirectories(folder.resolve("Lösung.pdf"));
        Files.write(sheet, OLDER);
        // the answer key cannot be written (a folder is in its way): the worksheet must not be replaced either
        assertThat(run(ExportFiles.STANDARD, map.toString(), "-o", sheet.toString(), "--worksheet", "cards",
                "--answer-key", key.toString())).isEqualTo(ExportCommand.EXIT_FAILED);
        assertThat(Files.readAllBytes(sheet)).isEqualTo(OLDER);
        assertThat(names(folder)).containsExactly("Arbeitsblatt.pdf", "Lösung.pdf");

        Files.delete(key);
        assertThat(run(ExportFiles.STANDARD, map.toString(), "-o", sheet.toString(), "--worksheet", "cards",
                "--answer-key", key.toString())).isZero();
        assertThat(Files.readAllBytes(sheet)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllBytes(key)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(out.toString()).contains(sheet.toString(), key.toString());
    }

    @Test
    void theCommandLineAndTheDialogNameTheAnswerKeyAlike() throws Exception {
        ExportSettings d = ExportSettings.defaults();
        ExportSettings worksheet = new ExportSettings(d.format(), d.paper(), d.orientation(), d.sizing(),
                d.scalePercent(), d.tileColumns(), d.tileRows(), Set.of(WorksheetPart.CURVE), d.appendix(),
                d.phasePage(), d.insights(), d.pngSizing(), d.dpi(), d.widthPx(), d.transparent());
        for (String name : List.of("Kurs – „Einbruch“ 😀.pdf", "Workshop.PDF")) {
            Path folder = Files.createDirectories(dir.resolve("für " + name.length()));
            Path sheet = folder.resolve(name);
            assertThat(run(ExportFiles.STANDARD, map.toString(), "-o", sheet.toString(), "--worksheet", "curve"))
                    .isZero();
            List<String> dialog = worksheet.job(sheet).outputs().stream()
                    .map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names(folder)).hasSize(2).isEqualTo(dialog);
        }
    }

    @Test
    void severalMapsIntoAFolderEachLandWholeOrKeepTheirOlderFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Handouts"));
        Path first = folder.resolve("Nachbar erzählt – „sofort“.pdf");
        Path second = folder.resolve("zweite Karte.pdf");
        Files.write(first, OLDER);
        Files.write(second, OLDER);
        // the first map is written whole, then the disk is full
        assertThat(run(new ExportFiles(FullDisk.inStream(1, 3000)), map.toString(), other.toString(),
                "-o", folder.toString())).isEqualTo(ExportCommand.EXIT_FAILED);
        assertThat(Files.readAllBytes(first)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllBytes(second)).isEqualTo(OLDER);
        assertThat(names(folder)).containsExactly(first.getFileName().toString(), "zweite Karte.pdf");
        assertThat(out.toString()).contains(first.toString()).doesNotContain(second.toString());
        assertThat(err.toString()).contains(second.toString());
    }

    @Test
    void aWrongOptionIsToldInTheUsersLanguageWithExitTwo() {
        String target = dir.resolve("karte.pdf").toString();
        CliRun german = CliRun.of(Locale.GERMANY, "export", map.toString(), "-o", target, "--paper", "B5");
        assertThat(german.exitCode()).isEqualTo(2);
        assertThat(german.err()).contains("unbekanntes Papierformat „B5“");
        CliRun english = CliRun.of(Locale.ENGLISH, "export", map.toString(), "-o", target, "--lang", "fr");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("unknown language 'fr' (expected de or en)");
        CliRun png = CliRun.of(Locale.GERMANY, "export", map.toString(), "-o", dir.resolve("k.png").toString(),
                "--dpi", "5000");
        assertThat(png.err()).contains("dpi muss zwischen 1 und 2400 liegen, war 5.000");
        assertThat(dir.resolve("karte.pdf")).doesNotExist();
    }
}
