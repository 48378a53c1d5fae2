package org.journeyboard.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.journeyboard.insights.Comparison;
import org.journeyboard.io.AtomicFile;
import org.journeyboard.model.JourneyMap;

/**
 * The one way an export reaches the disk, for the editor's dialog and the command line alike: every file of an
 * {@link ExportJob} (a worksheet and its answer key, or one PDF, SVG or PNG) is written to a temporary file in its
 * target's folder and moved into place only when all are complete ({@link AtomicFile.Batch}). A failed or cancelled
 * export leaves the files that were there byte for byte, and no temporary file behind.
 */
public final class ExportFiles {
    /** What one file of an export holds: its edition, and for a PDF its pages and the size card texts print at. */
    public record Written(Path file, Edition edition, int pages, double cardTextSize) {
        /** True for a PDF whose card texts print too small to read comfortably. */
        public boolean isTextTiny() {
            return pages > 0 && cardTextSize < PdfExport.Summary.READABLE;
        }
    }

    /** Writes straight into the temporary files. */
    public static final ExportFiles STANDARD = new ExportFiles(UnaryOperator.identity());

    private final UnaryOperator<OutputStream> streams;

    /** An export whose bytes pass through {@code streams} on their way to disk (tests put a full disk there). */
    public ExportFiles(UnaryOperator<OutputStream> streams) {
        this.streams = Objects.requireNonNull(streams, "streams");
    }

    /**
     * Writes the files of {@code job} for {@code map}, in the order of {@link ExportJob#outputs()}; throws
     * {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled, and then, as on any
     * error, every target is as it was.
     */
    public List<Written> write(JourneyMap map, ExportJob job, ExportProgress progress) throws IOException {
        List<Path> outputs = job.outputs();
        List<Written> written = new ArrayList<>();
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            for (int i = 0; i < outputs.size(); i++) {
                Path file = outputs.get(i);
                Files.createDirectories(file.toAbsolutePath().getParent());
                ExportProgress share = progress.part((double) i / outputs.size(), (double) (i + 1) / outputs.size());
                Edition edition = !job.isWorksheet() ? Edition.handout()
                        : i == 0 ? Edition.worksheet(job.blanks()) : Edition.answerKey(job.blanks());
                share.stopIfCancelled();
                OutputStream out = streams.apply(batch.create(file));
                written.add(write(map, job, edition, file, out, share));
                out.flush();
            }
            progress.stopIfCancelled();
            batch.commit();
        }
        progress.update(1, 1);
        return List.copyOf(written);
    }

    /**
     * Writes the comparison of two maps as a PDF to {@code target}, the same careful way as every export: complete
     * or not at all, the file that was there intact on any error.
     */
    public Written writeComparison(Comparison comparison, String nameBefore, String nameAfter, PdfOptions options,
                                   Path target) throws IOException {
        Written written;
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            OutputStream out = streams.apply(batch.create(target));
            int pages = PdfExport.writeComparison(comparison, nameBefore, nameAfter, options, out);
            out.flush();
            written = new Written(target, Edition.handout(), pages, PdfExport.Summary.READABLE);
            batch.commit();
        }
        return written;
    }

    private static Written write(JourneyMap map, ExportJob job, Edition edition, Path file, OutputStream out,
                                 ExportProgress progress) throws IOException {
        Written written;
        switch (job.format()) {
            case PDF -> {
                PdfExport.Summary summary = PdfExport.write(map, job.pdf(), edition, out, progress);
                written = new Written(file, edition, summary.pages(), summary.cardTextSize());
            }
            case SVG -> {
                SvgExport.write(map, job.png().transparent(), out);
                written = new Written(file, edition, 0, 0);
            }
            default -> {
                BufferedImage image = PngExport.render(map, job.png());
                progress.update(0.7, 1);
                progress.stopIfCancelled();
                PngExport.write(image, out);
                written = new Written(file, edition, 0, 0);
            }
        }
        progress.update(1, 1);
        return written;
    }
}
