package org.journeyboard.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.journeyboard.export.ExportJob.Format;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.Placement;
import org.journeyboard.export.WorksheetPart;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dialog's logic without any window: settings, what they turn into, the sheet count, persistence. */
class ExportViewModelTest {
    private final JourneyMap map = GeneratedMaps.withCards(40, 2);
    private final Preferences store = Preferences.userRoot().node("org/journeyboard/test/export-" + UUID.randomUUID());
    private final ExportTexts english = new ExportTexts(Locale.ENGLISH);

    @AfterEach
    void removeStore() throws Exception {
        store.removeNode();
    }

    private ExportViewModel viewModel() {
        return new ExportViewModel(map, Path.of("/maps/workshop.journey.json"), store, english);
    }

    @Test
    void theInsightsPageGoesIntoTheJobAndIsRememberedForTheNextExport() {
        ExportViewModel vm = viewModel();
        assertThat(vm.job(Path.of("/out/a.pdf")).pdf().insights()).isFalse();
        vm.insightsProperty().set(true);
        assertThat(vm.job(Path.of("/out/a.pdf")).pdf().insights()).isTrue();
        vm.remember();
        assertThat(viewModel().insightsProperty().get()).isTrue();
        assertThat(viewModel().settings().pdfOptions().insights()).isTrue();
    }

    @Test
    void settingsTurnIntoPdfOptionsAndAJob() {
        ExportViewModel vm = viewModel();
        assertThat(vm.settings()).isEqualTo(ExportSettings.defaults());
        vm.paperProperty().set(Paper.A3);
        vm.orientationProperty().set(Orientation.LANDSCAPE);
        vm.sizingProperty().set(ExportSettings.Sizing.SCALE);
        vm.scalePercentProperty().set(80);
        vm.appendixProperty().set(true);
        PdfOptions pdf = vm.settings().pdfOptions();
        assertThat(pdf.paper()).isEqualTo(Paper.A3);
        assertThat(pdf.orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(pdf.placement()).isEqualTo(new Placement.Scale(0.8));
        assertThat(pdf.appendix()).isTrue();
        assertThat(pdf.phasePage()).isFalse();
        vm.sizingProperty().set(ExportSettings.Sizing.TILES);
        vm.tileColumnsProperty().set(3);
        vm.tileRowsProperty().set(2);
        assertThat(vm.settings().pdfOptions().placement()).isEqualTo(new Placement.Tiles(3, 2));
        vm.worksheetProperty(WorksheetPart.PHASES).set(true);
        vm.worksheetProperty(WorksheetPart.CURVE).set(true);
        var job = vm.job(Path.of("/out/kurs.pdf"));
        assertThat(job.blanks()).containsExactlyInAnyOrder(WorksheetPart.PHASES, WorksheetPart.CURVE);
        assertThat(job.outputs()).containsExactly(Path.of("/out/kurs.pdf"), Path.of("/out/kurs-answer-key.pdf"));
        vm.formatProperty().set(Format.PNG);
        vm.pngSizingProperty().set(ExportSettings.PngSizing.WIDTH);
        vm.widthPxProperty().set(1200);
        vm.transparentProperty().set(true);
        assertThat(vm.settings().pngOptions().widthPx()).isEqualTo(1200);
        assertThat(vm.settings().pngOptions().transparent()).isTrue();
        assertThat(vm.job(Path.of("/out/a.png")).blanks()).as("worksheets are PDF only").isEmpty();
        assertThat(vm.suggestedFileName()).isEqualTo("workshop.png");
    }

    @Test
    void theSheetCountFollowsTilesAndExtraPages() {
        ExportViewModel vm = viewModel();
        assertThat(vm.plan().pages()).isEqualTo(1);
        assertThat(vm.summary(vm.plan())).startsWith("1 page");
        vm.sizingProperty().set(ExportSettings.Sizing.TILES);
        vm.tileColumnsProperty().set(3);
        vm.tileRowsProperty().set(2);
        vm.orientationProperty().set(Orientation.LANDSCAPE);
        PagePlan poster = vm.plan();
        assertThat(poster.pages()).isEqualTo(6);
        assertThat(poster.mapSheets()).isEqualTo(6);
        assertThat(poster.firstPage().size().width()).isCloseTo(Paper.A4.height(),
                org.assertj.core.api.Assertions.within(0.01));
        assertThat(vm.summary(poster)).isEqualTo("Poster of 3 × 2 = 6 sheets");
        vm.phasePageProperty().set(true);
        PagePlan more = vm.plan();
        assertThat(more.pages()).isGreaterThan(6);
        assertThat(vm.summary(more)).startsWith("Poster of 3 × 2 = 6 sheets, " + more.pages() + " pages");
        vm.worksheetProperty(WorksheetPart.CARDS).set(true);
        assertThat(vm.summary(vm.plan())).endsWith(", plus the answer key");
        vm.formatProperty().set(Format.PNG);
        vm.pngSizingProperty().set(ExportSettings.PngSizing.WIDTH);
        vm.widthPxProperty().set(1000);
        assertThat(vm.plan().pixelWidth()).isEqualTo(1000);
        assertThat(vm.summary(vm.plan())).startsWith("1000 × ");
    }

    @Test
    void aTinyPrintIsWarnedAbout() {
        ExportViewModel vm = new ExportViewModel(GeneratedMaps.withCards(2000, 3), null, store, english);
        PagePlan plan = vm.plan();
        assertThat(plan.cardTextSize()).isLessThan(5);
        assertThat(vm.summary(plan)).contains("hard to read");
        assertThat(vm.suggestedFileName()).endsWith(".pdf").doesNotContain("/");
    }

    @Test
    void settingsPersistBetweenUses() {
        ExportViewModel first = viewModel();
        first.formatProperty().set(Format.SVG);
        first.paperProperty().set(Paper.LETTER);
        first.sizingProperty().set(ExportSettings.Sizing.TILES);
        first.tileColumnsProperty().set(4);
        first.worksheetProperty(WorksheetPart.GOALS).set(true);
        first.dpiProperty().set(300);
        first.remember();
        first.rememberFolder(Path.of("/tmp/handouts"));
        ExportViewModel second = viewModel();
        assertThat(second.settings()).isEqualTo(first.settings());
        assertThat(second.settings().worksheet()).isEqualTo(Set.of(WorksheetPart.GOALS));
        assertThat(second.lastFolder()).isEqualTo(Path.of("/tmp/handouts"));
    }

    @Test
    void brokenOrOutOfRangeStoredValuesFallBackToWorkingOnes() {
        store.put("format", "DOCX");
        store.putInt("tileColumns", 99);
        store.putInt("dpi", -5);
        store.put("worksheet", "phases,nonsense");
        ExportSettings s = ExportSettings.load(store);
        assertThat(s.format()).isEqualTo(Format.PDF);
        assertThat(s.tileColumns()).isEqualTo(ExportSettings.MAX_TILES);
        assertThat(s.dpi()).isEqualTo(ExportSettings.MIN_DPI);
        assertThat(s.worksheet()).isEmpty();
    }

    @Test
    void everyTextExistsInGermanAndEnglish() {
        ExportTexts german = new ExportTexts(Locale.GERMAN);
        // the files themselves: the German bundle would also answer with every English key
        assertThat(org.journeyboard.testing.BundleFiles.assertGermanAndEnglishAlike(
                "org.journeyboard.ui.export.exportui")).isEqualTo(english.bundle().keySet());
        assertThat(german.get("print.noPrinter")).contains("kein Drucker");
        assertThat(english.get("print.noPrinter")).contains("No printer");
        for (String key : english.bundle().keySet()) {
            if (!key.startsWith("sizing.percent") && !key.startsWith("sizing.times") && !key.equals("section.format")
                    && !key.startsWith("png.dpiUnit") && !key.equals("summary.png")) {
                assertThat(german.get(key, 1, 2, 3, 4)).as(key).isNotEqualTo(english.get(key, 1, 2, 3, 4));
            }
        }
    }

    @Test
    void aWorksheetsPageCountIsThatOfTheWorksheetAndOfItsAnswerKey() throws Exception {
        JourneyMap good = org.journeyboard.model.templates.Samples.all().get(0).map();
        ExportViewModel vm = new ExportViewModel(good, Path.of("/maps/sicherheitstechnik-gut.journey.json"), store,
                english);
        vm.orientationProperty().set(Orientation.LANDSCAPE);
        for (WorksheetPart part : new WorksheetPart[] {WorksheetPart.PHASES, WorksheetPart.CARDS,
            WorksheetPart.GOALS}) {
            vm.worksheetProperty(part).set(true);
        }
        PagePlan plan = vm.plan();
        PdfOptions options = vm.settings().pdfOptions();
        Set<WorksheetPart> parts = vm.settings().worksheet();
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        int worksheet = org.journeyboard.export.PdfExport.write(good, options,
                org.journeyboard.export.Edition.worksheet(parts), sink).pages();
        int key = org.journeyboard.export.PdfExport.write(good, options,
                org.journeyboard.export.Edition.answerKey(parts), sink).pages();
        assertThat(plan.pages()).isEqualTo(worksheet).isEqualTo(key);
        // the map itself needs more than one sheet of A4 to leave room for handwriting
        assertThat(worksheet).isGreaterThan(2);
        assertThat(vm.summary(plan)).startsWith(worksheet + " pages").contains("answer key");
    }
}
