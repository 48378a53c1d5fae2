package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {
    private final JourneyMap map = GeneratedMaps.withCards(60, 8);

    @TempDir
    Path dir;

    private static ExportJob pdf(Placement placement, Set<WorksheetPart> blanks, Path target) {
        return new ExportJob(ExportJob.Format.PDF, PdfOptions.defaults().withPlacement(placement), blanks,
                PngOptions.defaults(), target);
    }

    /** Records the progress and cancels once {@code stopAfter} reports came in. */
    private static final class Recorder implements ExportProgress {
        final List<Double> fractions = new ArrayList<>();
        final int stopAfter;

        Recorder(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void update(double done, double total) {
            fractions.add(done / total);
        }

        @Override
        public boolean isCancelled() {
            return fractions.size() >= stopAfter;
        }
    }

    @Test
    void aWorksheetJobWritesTheWorksheetAndItsAnswerKeyWithProgressRisingToOne() throws Exception {
        Path target = dir.resolve("kurs.pdf");
        ExportJob job = pdf(new Placement.Fit(), Set.of(WorksheetPart.CARDS), target);
        assertThat(job.answerKey()).isEqualTo(dir.resolve("kurs-answer-key.pdf"));
        Recorder progress = new Recorder(Integer.MAX_VALUE);
        assertThat(job.run(map, progress)).containsExactly(target, dir.resolve("kurs-answer-key.pdf"));
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        assertThat(Files.readAllBytes(job.answerKey())).startsWith("%PDF".getBytes());
        assertThat(progress.fractions).isSorted().last().isEqualTo(1.0);
        try (Stream files = new Stream(dir)) {
            assertThat(files.names()).containsExactlyInAnyOrder("kurs.pdf", "kurs-answer-key.pdf");
        }
    }

    @Test
    void aCancelledJobLeavesNoFileAndKeepsAnOlderOne() throws Exception {
        Path target = dir.resolve("poster.pdf");
        Files.writeString(target, "older export");
        ExportJob job = pdf(new Placement.Tiles(4, 3), Set.of(), target);
        Recorder progress = new Recorder(3);
        assertThatThrownBy(() -> job.run(map, progress)).isInstanceOf(CancellationException.class);
        assertThat(progress.fractions).hasSize(3);
        assertThat(Files.readString(target)).isEqualTo("older export");
        try (Stream files = new Stream(dir)) {
            assertThat(files.names()).containsExactly("poster.pdf");
        }
    }

    @Test
    void svgAndPngJobsWriteOneFileEach() throws Exception {
        Path svg = dir.resolve("map.svg");
        new ExportJob(ExportJob.Format.SVG, PdfOptions.defaults(), Set.of(WorksheetPart.CARDS),
                PngOptions.atDpi(72, true), svg).run(map, ExportProgress.NONE);
        assertThat(Files.readString(svg)).startsWith("<?xml").doesNotContain("fill=\"#FFFFFF\"/>\n<g");
        Path png = dir.resolve("map.png");
        ExportJob pngJob = new ExportJob(ExportJob.Format.PNG, PdfOptions.defaults(), Set.of(),
                PngOptions.atWidth(400, false), png);
        assertThat(pngJob.outputs()).containsExactly(png);
        pngJob.run(map, ExportProgress.NONE);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);
    }

    /** The names of the files in a folder (closing the listing). */
    private static final class Stream implements AutoCloseable {
        private final java.util.stream.Stream<Path> list;

        Stream(Path dir) throws java.io.IOException {
            list = Files.list(dir);
        }

        List<String> names() {
            return list.map(p -> p.getFileName().toString()).toList();
        }

        @Override
        public void close() {
            list.close();
        }
    }
}
