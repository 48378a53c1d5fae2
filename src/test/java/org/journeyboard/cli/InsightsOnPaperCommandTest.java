package org.journeyboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeyboard.export.ExportFiles;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.FullDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export --insights} and {@code compare A B -o compare.pdf}: the pages written, the wrong arguments refused
 * with a message in the user's language (exit 2), a failed write leaving the older file as it was (exit 1).
 */
class InsightsOnPaperCommandTest {
    @TempDir
    Path dir;
    Path good;
    Path worst;

    @BeforeEach
    void samples() throws IOException {
        for (Sample s : Samples.all()) {
            JourneyFiles.write(s.map(), dir.resolve(s.fileName()));
        }
        good = dir.resolve("sicherheitstechnik-gut.journey.json");
        worst = dir.resolve("sicherheitstechnik-worst-case.journey.json");
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void exportWithInsightsAddsTheInsightsPages() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        Path with = dir.resolve("mit Auswertung.pdf");
        assertThat(CliRun.english("export", worst.toString(), "-o", plain.toString()).exitCode()).isZero();
        CliRun run = CliRun.english("export", worst.toString(), "-o", with.toString(), "--insights");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pages(with)).isGreaterThan(pages(plain));
        assertThat(pdfText(with)).contains("Schmerzpunkte, die schlimmsten zuerst").contains("Emotion je Phase")
                .contains("Schneller Erfolg").contains("Die bevorzugte Zahlungsart fehlt");
        Path english = dir.resolve("english.pdf");
        CliRun en = CliRun.english("export", worst.toString(), "-o", english.toString(), "--insights", "--lang", "en");
        assertThat(en.exitCode()).isZero();
        assertThat(pdfText(english)).contains("Pain points, worst first").contains("Quick win");
    }

    @Test
    void insightsAreForThePdfOnly() {
        CliRun run = CliRun.of(Locale.GERMAN, "export", worst.toString(), "-o", dir.resolve("a.svg").toString(),
                "--insights");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--insights");
        assertThat(dir.resolve("a.svg")).doesNotExist();
    }

    @Test
    void compareToPdfShowsTheDiveAndThePainPointsOnlyInTheWorstCase() throws IOException {
        Path pdf = dir.resolve("Vergleich „gut“ und schlecht.pdf");
        CliRun run = CliRun.of(Locale.GERMAN, "compare", good.toString(), worst.toString(), "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(pdf.toString()).contains("Seiten");
        String text = pdfText(pdf);
        assertThat(text).contains("Vergleich: sicherheitstechnik-gut → sicherheitstechnik-worst-case")
                .contains("Wo die Reise abstürzt")
                .contains("Kauf +1,5 -1,67 -3,17").contains("Nachkauf +1 -1,75 -2,75")
                .contains("Schmerzpunkte nur in sicherheitstechnik-worst-case Nr. Schmerzpunkt Phase Schwere Stimmen"
                        + " 1. Die bevorzugte Zahlungsart fehlt")
                .contains("KPIs nebeneinander").contains("Conversion-Rate 3 % 3,4 % 0,9 %");
        // the pain points of the worst case are not the good case's
        String onlyGood = text.substring(text.indexOf("Schmerzpunkte nur in sicherheitstechnik-gut"),
                text.indexOf("Karten nur in"));
        assertThat(onlyGood).doesNotContain("Zahlungsart").contains("Kameraeinrichtung");
        // the standard output keeps its text and JSON
        assertThat(CliRun.english("compare", good.toString(), worst.toString()).out())
                .contains("Comparison: sicherheitstechnik-gut.journey.json → sicherheitstechnik-worst-case.journey.json");
    }

    @Test
    void wrongArgumentsAreRefusedInTheUsersLanguage() {
        Path pdf = dir.resolve("c.pdf");
        CliRun both = CliRun.of(Locale.GERMAN, "compare", good.toString(), worst.toString(), "--format", "json", "-o",
                pdf.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("entweder --format").contains("oder -o");
        CliRun notPdf = CliRun.english("compare", good.toString(), worst.toString(), "-o", dir.resolve("c.txt")
                .toString());
        assertThat(notPdf.exitCode()).isEqualTo(2);
        assertThat(notPdf.err()).contains("should end in .pdf");
        CliRun langAlone = CliRun.english("compare", good.toString(), worst.toString(), "--lang", "en");
        assertThat(langAlone.exitCode()).isEqualTo(2);
        assertThat(langAlone.err()).contains("--lang is for the PDF only");
        CliRun badPaper = CliRun.english("compare", good.toString(), worst.toString(), "-o", pdf.toString(),
                "--paper", "B7");
        assertThat(badPaper.exitCode()).isEqualTo(2);
        CliRun missing = CliRun.english("compare", good.toString(), dir.resolve("fehlt.journey.json").toString(),
                "-o", pdf.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aDiskThatFillsUpKeepsTheOlderComparisonByteForByte() throws IOException {
        Path pdf = dir.resolve("compare.pdf");
        Files.writeString(pdf, "the older comparison");
        CompareCommand command = new CompareCommand();
        command.pipeline = new ExportFiles(FullDisk.after(3000));
        CommandLine cli = new CommandLine(command);
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(good.toString(), worst.toString(), "-o", pdf.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("compare.pdf");
        assertThat(Files.readString(pdf)).isEqualTo("the older comparison");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
