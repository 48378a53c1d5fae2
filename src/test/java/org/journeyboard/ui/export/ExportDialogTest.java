package org.journeyboard.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.Placement;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Export dialog on a real (headless) stage: the preview and sheet count follow the settings, worksheets, writing
 * and cancelling, and its texts in both languages.
 *
 * <p>The owner stage gets a scene before it is shown. Monocle has no window manager, so JavaFX's PaintCollector
 * counts every visible window into the latch a pulse waits on; a stage shown without a scene never renders, and the
 * first pulse after the dialog appears waits forever (an idle renderer, no exception).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExportDialogTest {
    private final JourneyMap map = GeneratedMaps.withCards(40, 2);
    private final Preferences store = Preferences.userRoot().node("org/journeyboard/test/export-" + UUID.randomUUID());
    private Stage owner;
    private ExportDialog dialog;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("map window")), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) throws Exception {
        if (dialog != null) {
            robot.interact(() -> dialog.stage().close());
        }
        store.removeNode();
    }

    private ExportDialog open(FxRobot robot, Locale locale) throws TimeoutException {
        robot.interact(() -> dialog = ExportDialog.open(owner, map, Path.of("workshop.journey.json"), file -> { },
                store, ExportDialog.Mode.EXPORT, new ExportTexts(locale)));
        waitForPreview(robot);
        return dialog;
    }

    /** Waits until the preview for the current settings is on show (it renders on its own thread). */
    private void waitForPreview(FxRobot robot) throws TimeoutException {
        String working = dialog.viewModel().texts().get("summary.working");
        waitUntil(() -> !summary(robot).equals(working) && image(robot) != null);
    }

    /** Waits for {@code condition}, then for the FX events of that moment (a handler may still be running). */
    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            var scene = dialog.stage().getScene();
            throw new TimeoutException("still waiting; summary \"" + ((Label) scene.lookup("#summary")).getText()
                    + "\", status \"" + ((Label) scene.lookup("#status")).getText() + "\"");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of this test's dialog (never of another window). */
    private <T> T node(String id, Class<T> type) {
        return type.cast(dialog.stage().getScene().lookup("#" + id));
    }

    private String summary(FxRobot robot) {
        return node("summary", Label.class).getText();
    }

    private String status(FxRobot robot) {
        return node("status", Label.class).getText();
    }

    private Image image(FxRobot robot) {
        return node("preview", ImageView.class).getImage();
    }

    private <T> void choose(FxRobot robot, String id, T value) throws TimeoutException {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = node(id, ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(value));
        waitForPreview(robot);
    }

    private void spin(FxRobot robot, String id, int value) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = node(id, Spinner.class);
        robot.interact(() -> spinner.getValueFactory().setValue(value));
    }

    private static java.util.List<Path> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void thePreviewAndTheSheetCountFollowPaperOrientationAndSizing(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(summary(robot)).startsWith("1 page");

        choose(robot, "orientation", Orientation.PORTRAIT);
        Image portrait = image(robot);
        assertThat(portrait.getHeight()).isGreaterThan(portrait.getWidth());
        choose(robot, "orientation", Orientation.LANDSCAPE);
        Image landscape = image(robot);
        assertThat(landscape.getWidth()).as("the preview turns with the paper").isGreaterThan(landscape.getHeight());

        choose(robot, "paper", Paper.A3);
        assertThat(dialog.viewModel().settings().paper()).isEqualTo(Paper.A3);

        robot.clickOn("#sizing-tiles");
        spin(robot, "tile-columns", 3);
        spin(robot, "tile-rows", 2);
        waitForPreview(robot);
        waitUntil(() -> summary(robot).startsWith("Poster of 3 × 2 = 6 sheets"));
        Image tile = image(robot);
        assertThat(tile).as("the preview shows the first sheet of the poster").isNotSameAs(landscape);

        robot.clickOn("#sizing-scale");
        spin(robot, "scale", 25);
        waitUntil(() -> summary(robot).startsWith("1 page"));
        assertThat(dialog.viewModel().settings().pdfOptions().placement()).isEqualTo(new Placement.Scale(0.25));

        robot.clickOn("#sizing-fit");
        waitUntil(() -> summary(robot).startsWith("1 page"));

        robot.clickOn("#format-png");
        waitUntil(() -> summary(robot).endsWith("pixels"));
        assertThat(shown(node("paper", ComboBox.class))).as("paper is PDF only").isFalse();
    }

    @Test
    void aWorksheetPartAddsTheAnswerKeyToTheSummary(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(summary(robot)).doesNotContain("answer key");
        robot.clickOn("#part-phases");
        robot.clickOn("#part-curve");
        waitUntil(() -> summary(robot).contains("plus the answer key"));
        assertThat(dialog.viewModel().settings().worksheet()).hasSize(2);
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.contains("An answer key “workshop-answer-key.pdf”"));
    }

    @Test
    void exportingAWorksheetWritesItAndItsAnswerKey(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        Path target = folder.resolve("kurs.pdf");
        dialog.targetChooser = suggested -> target;
        robot.clickOn("#part-cards");
        waitForPreview(robot);
        robot.clickOn("#action");
        waitUntil(() -> status(robot).startsWith("Saved"));

        assertThat(status(robot)).isEqualTo("Saved “kurs.pdf” and the answer key “kurs-answer-key.pdf”.");
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(Files.readString(folder.resolve("kurs-answer-key.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
        assertThat(node("open", Button.class).isVisible()).isTrue();
        waitUntil(() -> !node("action", Button.class).isDisabled());
    }

    @Test
    void theInsightsPageBoxWritesWhatTheCommandLineWritesWithInsights(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        Path target = folder.resolve("with insights.pdf");
        dialog.targetChooser = suggested -> target;
        robot.clickOn("#insights");
        waitForPreview(robot);
        assertThat(dialog.viewModel().settings().pdfOptions().insights()).isTrue();
        robot.clickOn("#action");
        waitUntil(() -> status(robot).startsWith("Saved"));
        Path mapFile = folder.resolve("workshop.journey.json");
        org.journeyboard.io.JourneyFiles.write(map, mapFile);
        Path byCommand = folder.resolve("command.pdf");
        java.io.PrintWriter quiet = new java.io.PrintWriter(new java.io.StringWriter(), true);
        assertThat(org.journeyboard.cli.JourneyboardCommand.run(new String[] {"export", mapFile.toString(), "-o",
                byCommand.toString(), "--insights"}, quiet, quiet, Locale.ENGLISH)).isZero();
        String dialogText = pdfText(target);
        assertThat(dialogText).contains(map.language() == org.journeyboard.model.Language.DE
                ? "Emotion je Phase" : "Emotion per phase").isEqualTo(pdfText(byCommand));
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /**
     * Holds the export thread at its first progress step where {@code when} holds: counts {@code reached} down, then
     * waits for {@code release} even through Cancel's interrupt (kept for the job to see afterwards), so that the test
     * decides when the thread goes on.
     */
    private void holdExport(BooleanSupplier when, CountDownLatch reached, CountDownLatch release) {
        dialog.exportStep = () -> {
            if (reached.getCount() > 0 && when.getAsBoolean()) {
                reached.countDown();
                boolean interrupted = false;
                while (true) {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Test
    void cancellingARunningExportLeavesNoFile(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        Path target = folder.resolve("kurs.pdf");
        dialog.targetChooser = suggested -> target;
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        holdExport(() -> true, running, cancelled);
        robot.clickOn("#part-cards");
        waitForPreview(robot);
        robot.clickOn("#action");
        assertThat(running.await(20, TimeUnit.SECONDS)).as("the export started").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node("action", Button.class).isDisabled()).isTrue();

        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).as("while the export thread stops").isEqualTo("Cancelling the export…");
        assertThat(node("action", Button.class).isDisabled()).as("no second export meanwhile").isTrue();
        cancelled.countDown();
        waitUntil(() -> status(robot).equals("Export cancelled; no file was written."));

        // said only once the export thread has ended and cleared its temporary parts
        assertThat(listing(folder)).as("neither the files nor their temporary parts").isEmpty();
        assertThat(node("cancel", Button.class).isVisible()).isFalse();
        assertThat(node("action", Button.class).isDisabled()).isFalse();
    }

    @Test
    void cancelTooLateSaysTheFileWasSaved(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        Path target = folder.resolve("kurs.pdf");
        dialog.targetChooser = suggested -> target;
        CountDownLatch moved = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        // the job's last progress step comes after its files are in place: Cancel there is too late
        holdExport(() -> Files.exists(target), moved, cancelled);
        robot.clickOn("#action");
        assertThat(moved.await(20, TimeUnit.SECONDS)).as("the file was moved into place").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cancel");
        cancelled.countDown();
        waitUntil(() -> !node("action", Button.class).isDisabled());

        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(status(robot)).as("the file exists, so the dialog must not say none was written")
                .isEqualTo("Saved “kurs.pdf”.");
        assertThat(node("open", Button.class).isVisible()).isTrue();
    }

    @Test
    void theTinyTextWarningShowsInFullAndTheButtonsStayInView(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        robot.clickOn("#sizing-fit");
        waitUntil(() -> summary(robot).contains("hard to read"));

        Label summary = node("summary", Label.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) summary.lookup(".text");
        assertThat(shown.getText()).as("the summary as drawn, not cut to an ellipsis").isEqualTo(summary.getText());
        Button action = node("action", Button.class);
        double bottom = action.localToScene(action.getBoundsInLocal()).getMaxY();
        assertThat(bottom).as("the main button's bottom within the dialog")
                .isLessThanOrEqualTo(dialog.stage().getScene().getHeight());
    }

    @Test
    void theDialogSpeaksGerman(FxRobot robot) throws Exception {
        open(robot, Locale.GERMAN);
        assertThat(dialog.stage().getTitle()).isEqualTo("Karte exportieren");
        assertThat(summary(robot)).startsWith("1 Seite");
        assertThat(node("close", Button.class).getText()).isEqualTo("Schließen");
        robot.clickOn("#sizing-tiles");
        waitUntil(() -> summary(robot).startsWith("Poster aus 2 × 2 = 4 Blättern"));
    }

    @Test
    void theDialogSpeaksEnglish(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(dialog.stage().getTitle()).isEqualTo("Export map");
        assertThat(node("action", Button.class).getText()).isEqualTo("Export…");
        assertThat(node("close", Button.class).getText()).isEqualTo("Close");
        robot.clickOn("#sizing-tiles");
        waitUntil(() -> summary(robot).startsWith("Poster of 2 × 2 = 4 sheets"));
    }

    @Test
    void theSizingChoicesKeepTheirNamesOnAMachineWithATurkishLocale(FxRobot robot) throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // "FIT".toLowerCase() is "fıt" in Turkish: the ids must not depend on the machine's locale
            for (Locale language : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
                open(robot, language);
                assertThat(node("sizing-fit", javafx.scene.control.RadioButton.class)).isNotNull();
                assertThat(node("sizing-tiles", javafx.scene.control.RadioButton.class)).isNotNull();
                assertThat(node("sizing-scale", javafx.scene.control.RadioButton.class).getText())
                        .isEqualTo(new ExportTexts(language).get("sizing.SCALE"));
                robot.interact(() -> dialog.stage().close());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
