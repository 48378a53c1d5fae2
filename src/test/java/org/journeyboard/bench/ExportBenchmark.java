package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.journeyboard.cli.ExportCommandTest;
import org.journeyboard.export.Edition;
import org.journeyboard.export.PdfExport;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.SvgExport;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.ChildJvm;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export figures: {@code pdf.N} (ms, in process, warm) for the 40-card sample and generated maps of 200 and 2,000
 * cards, {@code pdf.size.sample} (KB of the A4 handout), {@code cli.pdf.sample} (ms, the whole command in a fresh
 * JVM, {@code java -jar}), {@code cli.pdf.sample.launcher} (ms, the same through packaging/journeyboard, as installed)
 * and, in the same run, {@code libreoffice.pdf.sample} (ms, LibreOffice converting our SVG of the same map) and
 * {@code jvm.floor} (ms, {@code java -version} with the launcher's JVM options: what no Java command can go below).
 */
@Tag("bench")
class ExportBenchmark {
    private static final JourneyMap SAMPLE = Samples.all().get(0).map();

    private static final Duration DEADLINE = Duration.ofSeconds(300);

    @TempDir
    Path dir;

    private static byte[] pdf(JourneyMap map) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(map, PdfOptions.defaults(), Edition.handout(), out);
        return out.toByteArray();
    }

    @Test
    void pdfInProcess() throws Exception {
        Bench.record("pdf.40", Bench.medianMillis(5, 9, () -> pdf(SAMPLE)), "ms");
        JourneyMap m200 = GeneratedMaps.withCards(200, 42);
        Bench.record("pdf.200", Bench.medianMillis(5, 9, () -> pdf(m200)), "ms");
        JourneyMap m2000 = GeneratedMaps.withCards(2000, 42);
        Bench.record("pdf.2000", Bench.medianMillis(2, 5, () -> pdf(m2000)), "ms");
        byte[] handout = pdf(SAMPLE);
        Bench.record("pdf.size.sample", handout.length / 1024.0, "KB");
        assertThat(handout.length).isLessThan(1024 * 1024);
    }

    @Test
    void commandLineAgainstLibreOffice() throws Exception {
        Path input = dir.resolve("sample.journey.json");
        JourneyFiles.write(SAMPLE, input);
        Path output = dir.resolve("sample.pdf");
        ChildJvm cli = commandLine(input, output);
        List<String> launcher = launcherLine(input, dir.resolve("launcher.pdf"));

        String office = findLibreOffice();
        List<String> convert = null;
        Path outDir = dir.resolve("lo");
        if (office == null) {
            System.out.println("[bench] libreoffice.pdf.sample: LibreOffice is not installed (Debian's "
                    + "libreoffice-draw); no figure written");
        } else {
            Path svg = dir.resolve("sample.svg");
            Files.writeString(svg, SvgExport.toSvg(SAMPLE, false));
            Files.createDirectories(outDir);
            convert = new ArrayList<>(List.of(office, "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", outDir.toString(), svg.toString()));
        }
        // warm-ups: the OS file cache for all; LibreOffice's profile and the launcher's class-data archive are made
        // by their first run, as on a user's machine
        run(cli);
        if (launcher != null) {
            run(launcher);
        }
        if (convert != null) {
            run(convert);
        }
        List<String> floor = List.of(ChildJvm.javaBinary(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-version");
        run(floor);
        // alternating, so that a machine busy with other work slows all of them alike
        int runs = 9;
        double[] ours = new double[runs];
        double[] viaLauncher = new double[runs];
        double[] theirs = new double[runs];
        double[] jvm = new double[runs];
        for (int i = 0; i < runs; i++) {
            jvm[i] = timed(floor);
            ours[i] = timed(cli);
            if (launcher != null) {
                viaLauncher[i] = timed(launcher);
            }
            if (convert != null) {
                theirs[i] = timed(convert);
            }
        }
        assertThat(output).exists();
        double oursMs = Bench.median(ours);
        Bench.record("jvm.floor", Bench.median(jvm), "ms");
        Bench.record("cli.pdf.sample", oursMs, "ms");
        if (launcher != null) {
            assertThat(dir.resolve("launcher.pdf")).exists();
            Bench.record("cli.pdf.sample.launcher", Bench.median(viaLauncher), "ms");
        }
        if (convert != null) {
            assertThat(outDir.resolve("sample.pdf")).exists();
            double theirsMs = Bench.median(theirs);
            Bench.record("libreoffice.pdf.sample", theirsMs, "ms");
            System.out.printf("[bench] LibreOffice takes %.1f× as long as java -jar, %.1f× as long as "
                    + "packaging/journeyboard%n", theirsMs / oursMs,
                    launcher == null ? Double.NaN : theirsMs / Bench.median(viaLauncher));
        }
    }

    /**
     * The export through packaging/journeyboard (class-data archive, C1 only), with its archive cached in the test's
     * folder; null when the jar or bash is missing.
     */
    private List<String> launcherLine(Path input, Path output) {
        Path script = Path.of("packaging", "journeyboard");
        Path jar = Path.of("target", "journeyboard.jar");
        if (!Files.isRegularFile(script) || !Files.isRegularFile(jar) || !new File("/bin/bash").canExecute()) {
            System.out.println("[bench] cli.pdf.sample.launcher: needs bash and target/journeyboard.jar; no figure");
            return null;
        }
        return List.of("/usr/bin/env", "JOURNEYBOARD_JAR=" + jar.toAbsolutePath(),
                "JOURNEYBOARD_CACHE=" + dir.resolve("cds"), "JAVA=" + ChildJvm.javaBinary(), "/bin/bash",
                script.toString(), "export", input.toString(), "-o", output.toString());
    }

    private double timed(List<String> command) throws IOException {
        return timed(ChildJvm.ofCommand(dir, command).deadline(DEADLINE));
    }

    private static double timed(ChildJvm child) throws IOException {
        long start = System.nanoTime();
        run(child);
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The export as a user runs it: the shaded jar when a build left one that knows the export command, otherwise
     * the command alone on the test class path (before the jar is packaged). Either way a child with a data folder
     * and preferences of its own, and a deadline.
     */
    private ChildJvm commandLine(Path input, Path output) {
        Path jar = Path.of("target", "journeyboard.jar");
        if (Files.exists(jar)) {
            try (ChildJvm.Running probe = ChildJvm.ofJar(dir, List.of(), jar, "export", "--help")
                    .deadline(Duration.ofSeconds(60)).start()) {
                ChildJvm.Result help = probe.awaitExit();
                // a jar built before the export command was registered answers, but without its options
                if (help.exitCode() == 0 && help.output().contains("--tiles")) {
                    System.out.println("[bench] cli.pdf.sample runs the shaded jar");
                    return ChildJvm.ofJar(dir, List.of(), jar, "export", input.toString(), "-o", output.toString())
                            .deadline(DEADLINE);
                }
            } catch (AssertionError e) {
                System.out.println("[bench] the shaded jar did not answer: " + e.getMessage());
            }
        }
        System.out.println("[bench] cli.pdf.sample runs the command on the test class path");
        return ChildJvm.of(dir, List.of("-Djava.awt.headless=true"), ExportCommandTest.Main.class.getName(),
                input.toString(), "-o", output.toString()).deadline(DEADLINE);
    }

    private void run(List<String> command) throws IOException {
        run(ChildJvm.ofCommand(dir, command).deadline(DEADLINE));
    }

    /** Runs a child to its end; one that does not end within its deadline is destroyed and fails the benchmark. */
    private static void run(ChildJvm child) throws IOException {
        ChildJvm.Result result = child.run();
        if (result.exitCode() != 0) {
            throw new IOException("exit " + result.exitCode() + "; it printed:\n" + result.output());
        }
    }

    private static String findLibreOffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("libreoffice", "soffice")) {
                File f = new File(dirName, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
