package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

public class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale previous;
    private Path good;
    private Path worst;

    @BeforeEach
    void writeSamples() throws IOException {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        List<Sample> samples = Samples.all();
        good = dir.resolve(samples.get(0).fileName());
        worst = dir.resolve(samples.get(1).fileName());
        JourneyFiles.write(samples.get(0).map(), good);
        JourneyFiles.write(samples.get(1).map(), worst);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void exportsAHandoutPdf() throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        assertThat(run(good.toString(), "-o", pdf.toString(), "--paper", "A3", "--appendix", "--phase-page",
                "--lang", "en")).isEqualTo(0);
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(3);
        assertThat(text(pdf)).contains("Appendix: every card", "Phases: goals, strategies and KPIs");
        assertThat(out.toString()).contains("Wrote " + pdf);
    }

    @Test
    void tilesThreeByTwoMakeSixPages() throws IOException {
        Path pdf = dir.resolve("poster.pdf");
        assertThat(run(good.toString(), "-o", pdf.toString(), "--tiles", "3x2", "--landscape")).isEqualTo(0);
        assertThat(pages(pdf)).isEqualTo(6);
        assertThat(err.toString()).doesNotContain("Note:");
        assertThat(run(good.toString(), "-o", dir.resolve("a4.pdf").toString())).isEqualTo(0);
        // only what helps: a larger paper than the A4 chosen, or a poster of enough sheets
        assertThat(err.toString()).contains("Note: card texts print only").doesNotContain("--paper A4")
                .containsPattern("--paper A[0-3] \\(about [0-9.]+ pt\\) or a poster --tiles ([2-9])x\\1");
    }

    @Test
    void oneCommandMakesTheWorksheetAndItsAnswerKey() throws IOException {
        Path sheet = dir.resolve("sheet.pdf");
        Path key = dir.resolve("key.pdf");
        assertThat(run(worst.toString(), "-o", sheet.toString(), "--worksheet", "phases,cards",
                "--answer-key", key.toString())).isEqualTo(0);
        String title = Samples.all().get(1).map().cards().stream().filter(c -> c.title().length() > 20)
                .findFirst().orElseThrow().title();
        assertThat(text(sheet)).doesNotContain(title).contains("Arbeitsblatt");
        assertThat(text(key)).contains(title, "LÖSUNG");
        Path nested = dir.resolve("class-9b").resolve("sheet.pdf");
        assertThat(run(worst.toString(), "-o", nested.toString(), "--worksheet", "goals")).isEqualTo(0);
        assertThat(nested.resolveSibling("sheet-answer-key.pdf")).exists();
        Path derived = dir.resolve("other.pdf");
        assertThat(run(worst.toString(), "-o", derived.toString(), "--worksheet", "curve")).isEqualTo(0);
        assertThat(dir.resolve("other-answer-key.pdf")).exists();
    }

    @Test
    void severalFilesGoIntoAFolderAsSvgOrPng() throws Exception {
        Path folder = dir.resolve("out");
        assertThat(run(good.toString(), worst.toString(), "-o", folder.toString(), "--format", "svg"))
                .isEqualTo(0);
        assertThat(folder.resolve("sicherheitstechnik-gut.svg")).exists();
        assertThat(Files.readString(folder.resolve("sicherheitstechnik-worst-case.svg"), StandardCharsets.UTF_8))
                .startsWith("<?xml");
        Path png = dir.resolve("map.png");
        assertThat(run(good.toString(), "-o", png.toString(), "--width", "900")).isEqualTo(0);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
        assertThat(run(good.toString(), "-o", folder.toString(), "--format", "png", "--dpi", "36")).isEqualTo(0);
        assertThat(ImageIO.read(folder.resolve("sicherheitstechnik-gut.png").toFile()).getWidth()).isPositive();
        assertThat(run(good.toString(), worst.toString(), "-o", folder.toString())).isEqualTo(0);
        assertThat(pages(folder.resolve("sicherheitstechnik-gut.pdf"))).isEqualTo(1);
    }

    @Test
    void aBadInputFileExitsWithOneAndNamesTheProblem() throws IOException {
        Path bad = dir.resolve("bad.journey.json");
        Files.writeString(bad, "{ \"format\": \"journeyboard\", ", StandardCharsets.UTF_8);
        Path folder = dir.resolve("out");
        assertThat(run(bad.toString(), good.toString(), "-o", folder.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.journey.json");
        // the good file is exported all the same
        assertThat(folder.resolve("sicherheitstechnik-gut.pdf")).exists();
        assertThat(run(dir.resolve("missing.journey.json").toString(), "-o", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
    }

    @Test
    void usageErrorsExitWithTwo() {
        String o = dir.resolve("x.pdf").toString();
        String g = good.toString();
        assertThat(run(g)).isEqualTo(2);
        assertThat(run(g, "-o", dir.resolve("x.doc").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(".pdf, .svg, .png or .mmd");
        assertThat(run(g, "-o", o, "--fit", "--tiles", "3x2")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--landscape", "--portrait")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--tiles", "three")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--paper", "B7")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--lang", "fr")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--dpi", "300")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--answer-key", dir.resolve("k.pdf").toString())).isEqualTo(2);
        assertThat(run(g, "-o", o, "--worksheet", "everything")).isEqualTo(2);
        assertThat(run(g, "-o", dir.resolve("x.svg").toString(), "--tiles", "2x2")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--scale", "abc")).isEqualTo(2);
        assertThat(run(g, "-o", o, "--transparent")).isEqualTo(2);
        assertThat(run(g, "-o", dir.resolve("x.png").toString(), "--paper", "A3")).isEqualTo(2);
        assertThat(err.toString()).contains("--paper only works for PDF output");
        assertThat(run(g, "-o", dir.resolve("x.svg").toString(), "--lang", "en")).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void helpIsThereInEnglishAndGerman() {
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("--help")).isEqualTo(0);
        } finally {
            System.setErr(systemErr);
        }
        // picocli warns on stderr about texts it cannot format (a lone % sign)
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(out.toString()).contains("100 %");
        assertThat(out.toString()).contains("--tiles", "--worksheet", "Exit codes");
        Locale.setDefault(Locale.GERMAN);
        StringWriter german = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(german, true));
        cli.execute("--help");
        assertThat(german.toString()).contains("Rückgabewerte", "Arbeitsblatt");
    }

    @Test
    void theCommandLoadsNoJavaFxClass() throws Exception {
        Path pdf = dir.resolve("headless.pdf");
        Path classes = dir.resolve("classes.log");
        // a child of its own folders and a deadline; the class log goes to a file, the output is read with a deadline
        ChildJvm.Result run = ChildJvm.of(dir, List.of("-Xlog:class+load=info:file=" + classes,
                "-Djava.awt.headless=true"), Main.class.getName(), good.toString(), "-o", pdf.toString(), "--appendix")
                .deadline(Duration.ofSeconds(120)).run();
        assertThat(run.exitCode()).as(run.output()).isZero();
        String log = Files.readString(classes, StandardCharsets.UTF_8);
        assertThat(log).contains("org.journeyboard.export.PdfExport");
        assertThat(log.lines().filter(l -> l.contains(" javafx.") || l.contains("com.sun.javafx"))).isEmpty();
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(2);
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the export command alone in a fresh JVM, as the jar's command line will (also used by the benchmark). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            System.exit(new CommandLine(new ExportCommand()).execute(args));
        }
    }
}
