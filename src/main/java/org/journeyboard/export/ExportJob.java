package org.journeyboard.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.journeyboard.model.JourneyMap;

/**
 * One export as the editor's dialog asks for it: the format, its options and the target file (for a worksheet also
 * the answer key beside it). It writes every file or none: each is written to a temporary file in the target's
 * folder and moved into place only when all are complete, so a cancelled or failed export leaves nothing behind
 * and never a half-written PDF over an older good one. {@code blanks} (PDF only) makes it a worksheet; {@code png}
 * sizes a PNG, and its transparency also applies to an SVG.
 */
public record ExportJob(Format format, PdfOptions pdf, Set<WorksheetPart> blanks, PngOptions png, Path target) {

    /** The file formats, with their file name extensions. */
    public enum Format {
        PDF, SVG, PNG;

        /** "pdf", "svg" or "png". */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Suffix of the answer key's file name beside a worksheet, as on the command line. */
    public static final String ANSWER_KEY_SUFFIX = "-answer-key.pdf";

    public ExportJob {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(target, "target");
        blanks = Set.copyOf(blanks);
    }

    /** True when this job writes a worksheet and its answer key. */
    public boolean isWorksheet() {
        return format == Format.PDF && !blanks.isEmpty();
    }

    /** The answer key's file beside a worksheet ("OUT-answer-key.pdf" for "OUT.pdf"), or null for other jobs. */
    public Path answerKey() {
        if (!isWorksheet()) {
            return null;
        }
        String name = target.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return target.resolveSibling(base + ANSWER_KEY_SUFFIX);
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
        List<Path> outputs = outputs();
        List<Path> parts = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                Path out = outputs.get(i).toAbsolutePath();
                Files.createDirectories(out.getParent());
                Path part = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
                parts.add(part);
                ExportProgress share = progress.part((double) i / outputs.size(), (double) (i + 1) / outputs.size());
                Edition edition = !isWorksheet() ? Edition.handout()
                        : i == 0 ? Edition.worksheet(blanks) : Edition.answerKey(blanks);
                write(map, edition, part, share);
            }
            progress.stopIfCancelled();
            for (int i = 0; i < outputs.size(); i++) {
                move(parts.get(i), outputs.get(i));
            }
            parts.clear();
            progress.update(1, 1);
            return outputs;
        } finally {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    private void write(JourneyMap map, Edition edition, Path file, ExportProgress progress) throws IOException {
        progress.stopIfCancelled();
        switch (format) {
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    PdfExport.write(map, pdf, edition, out, progress);
                }
            }
            case SVG -> {
                String svg = SvgExport.toSvg(map, png.transparent());
                progress.stopIfCancelled();
                Files.writeString(file, svg, StandardCharsets.UTF_8);
            }
            case PNG -> {
                BufferedImage image = PngExport.render(map, png);
                progress.update(0.7, 1);
                progress.stopIfCancelled();
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new IOException("no PNG writer available");
                }
            }
        }
        progress.update(1, 1);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
