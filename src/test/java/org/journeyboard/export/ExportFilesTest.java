package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.FullDisk;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one export pipeline: whatever fails half way, the files that were there stay byte for byte. */
class ExportFilesTest {
    private static final byte[] OLDER = "Ältere Fassung – „vom Workshop“ 24/7 😀".getBytes(StandardCharsets.UTF_8);

    private final JourneyMap map = GeneratedMaps.withCards(40, 6)
            .withTitle("Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀");

    @TempDir
    Path dir;

    private static ExportJob job(ExportJob.Format format, Set<WorksheetPart> blanks, Path target) {
        return new ExportJob(format, PdfOptions.defaults(), blanks, PngOptions.atDpi(72, false), target);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportJob.Format.class)
    void aDiskThatFillsUpHalfWayLeavesTheOlderExportByteForByteAndNoTemporaryFile(ExportJob.Format format)
            throws Exception {
        Path target = dir.resolve("Einbruch – „sofort“." + format.extension());
        Files.write(target, OLDER);
        ExportFiles fullDisk = new ExportFiles(FullDisk.after(1500));
        assertThatThrownBy(() -> fullDisk.write(map, job(format, Set.of(), target), ExportProgress.NONE))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLDER);
        assertThat(names()).containsExactly(target.getFileName().toString());
    }

    @Test
    void aWorksheetWhoseAnswerKeyFailsReplacesNeitherFile() throws Exception {
        Path worksheet = dir.resolve("kurs.pdf");
        ExportJob job = job(ExportJob.Format.PDF, Set.of(WorksheetPart.CARDS, WorksheetPart.CURVE), worksheet);
        Files.write(worksheet, OLDER);
        Files.write(job.answerKey(), OLDER);
        // the worksheet is written whole; the disk fills up in the middle of the answer key
        ExportFiles fullDisk = new ExportFiles(FullDisk.inStream(1, 4000));
        assertThatThrownBy(() -> fullDisk.write(map, job, ExportProgress.NONE)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(worksheet)).isEqualTo(OLDER);
        assertThat(Files.readAllBytes(job.answerKey())).isEqualTo(OLDER);
        assertThat(names()).containsExactly("kurs-answer-key.pdf", "kurs.pdf");
    }

    @Test
    void aWorksheetWithoutAnOlderAnswerKeyLeavesNoHalfPair() throws Exception {
        Path worksheet = dir.resolve("kurs.pdf");
        ExportJob job = job(ExportJob.Format.PDF, Set.of(WorksheetPart.PHASES), worksheet);
        ExportFiles fullDisk = new ExportFiles(FullDisk.inStream(1, 0));
        assertThatThrownBy(() -> fullDisk.write(map, job, ExportProgress.NONE)).isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    @Test
    void aWorksheetAndItsAnswerKeyLandTogetherWithWhatEachHolds() throws Exception {
        Path worksheet = dir.resolve("Übung 1.pdf");
        Files.write(worksheet, OLDER);
        ExportJob job = job(ExportJob.Format.PDF, Set.of(WorksheetPart.CARDS), worksheet);
        List<ExportFiles.Written> written = ExportFiles.STANDARD.write(map, job, ExportProgress.NONE);
        assertThat(written).extracting(ExportFiles.Written::file)
                .containsExactly(worksheet, dir.resolve("Übung 1-answer-key.pdf"));
        assertThat(written).extracting(w -> w.edition().kind())
                .containsExactly(Edition.Kind.WORKSHEET, Edition.Kind.ANSWER_KEY);
        assertThat(written).allSatisfy(w -> assertThat(w.pages()).isPositive());
        assertThat(Files.readAllBytes(worksheet)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(names()).containsExactly("Übung 1-answer-key.pdf", "Übung 1.pdf");
    }

    @Test
    void anAnswerKeyNamedElsewhereGoesThereAndATargetThatIsAFolderStopsTheExportBeforeAnyWrite() throws Exception {
        Path worksheet = dir.resolve("kurs.pdf");
        Path elsewhere = dir.resolve("lösungen").resolve("Lösung – Kurs.pdf");
        ExportJob job = job(ExportJob.Format.PDF, Set.of(WorksheetPart.GOALS), worksheet).withAnswerKey(elsewhere);
        assertThat(job.outputs()).containsExactly(worksheet, elsewhere);
        ExportFiles.STANDARD.write(map, job, ExportProgress.NONE);
        assertThat(elsewhere).isRegularFile();

        Files.write(worksheet, OLDER);
        Path folder = Files.createDirectories(dir.resolve("ein Ordner"));
        assertThatThrownBy(() -> ExportFiles.STANDARD.write(map, job.withAnswerKey(folder), ExportProgress.NONE))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(worksheet)).isEqualTo(OLDER);
        assertThat(names()).containsExactly("ein Ordner", "kurs.pdf", "lösungen");
    }

    @Test
    void theAnswerKeyIsNamedAfterTheWorksheet() {
        assertThat(ExportJob.answerKeyName("kurs.pdf")).isEqualTo("kurs-answer-key.pdf");
        assertThat(ExportJob.answerKeyName("Kurs – „Einbruch“ 😀.PDF")).isEqualTo("Kurs – „Einbruch“ 😀-answer-key.pdf");
        assertThat(ExportJob.answerKeyName("kurs")).isEqualTo("kurs-answer-key.pdf");
        assertThat(job(ExportJob.Format.SVG, Set.of(WorksheetPart.CARDS), dir.resolve("m.svg")).answerKey()).isNull();
    }
}
