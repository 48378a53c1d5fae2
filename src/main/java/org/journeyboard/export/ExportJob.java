package org.journeyboard.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.journeyboard.model.JourneyMap;

/**
 * One export as the editor's dialog or the command line asks for it: the format, its options and the target file
 * (for a worksheet also its answer key, beside it unless {@code answerKeyFile} names another file). {@link #run}
 * hands it to {@link ExportFiles}, which writes every file or none. {@code blanks} (PDF only) makes it a worksheet;
 * {@code png} sizes a PNG, and its transparency also applies to an SVG.
 */
public record ExportJob(Format format, PdfOptions pdf, Set<WorksheetPart> blanks, PngOptions png, Path target,
                        Path answerKeyFile) {

    /** The file formats, with their file name extensions. */
    public enum Format {
        PDF, SVG, PNG;

        /** "pdf", "svg" or "png". */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Suffix of the answer key's file name beside a worksheet, for the dialog and the command line. */
    public static final String ANSWER_KEY_SUFFIX = "-answer-key.pdf";

    public ExportJob {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(target, "target");
        blanks = Set.copyOf(blanks);
    }

    /** A job whose answer key (if it is a worksheet) goes beside the target. */
    public ExportJob(Format format, PdfOptions pdf, Set<WorksheetPart> blanks, PngOptions png, Path target) {
        this(format, pdf, blanks, png, target, null);
    }

    /** This job with the answer key written to {@code file} ({@code null}: beside the worksheet). */
    public ExportJob withAnswerKey(Path file) {
        return new ExportJob(format, pdf, blanks, png, target, file);
    }

    /** True when this job writes a worksheet and its answer key. */
    public boolean isWorksheet() {
        return format == Format.PDF && !blanks.isEmpty();
    }

    /** The answer key's file ("OUT-answer-key.pdf" beside "OUT.pdf" unless named), or null for other jobs. */
    public Path answerKey() {
        if (!isWorksheet()) {
            return null;
        }
        return answerKeyFile != null ? answerKeyFile : target.resolveSibling(answerKeyName(
                target.getFileName().toString()));
    }

    /** "kurs-answer-key.pdf" for the worksheet "kurs.pdf" (also "Kurs.PDF" or "kurs"). */
    public static String answerKeyName(String worksheetName) {
        boolean pdf = worksheetName.toLowerCase(Locale.ROOT).endsWith(".pdf");
        return (pdf ? worksheetName.substring(0, worksheetName.length() - 4) : worksheetName) + ANSWER_KEY_SUFFIX;
    }

    /** Every file this job writes, the target first. */
    public List<Path> outputs() {
        return isWorksheet() ? List.of(target, answerKey()) : List.of(target);
    }

    /**
     * Writes the files of {@code map}; returns them. Throws {@link java.util.concurrent.CancellationException} when
     * {@code progress} is cancelled, and leaves no file behind then or on any error.
     */
    public List<Path> run(JourneyMap map, ExportProgress progress) throws IOException {
        List<Path> files = new ArrayList<>();
        for (ExportFiles.Written written : ExportFiles.STANDARD.write(map, this, progress)) {
            files.add(written.file());
        }
        return files;
    }
}
