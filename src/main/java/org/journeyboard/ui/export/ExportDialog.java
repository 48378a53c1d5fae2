package org.journeyboard.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportProgress;
import org.journeyboard.model.JourneyMap;

/**
 * The Export dialog (and, in print mode, the Print dialog): settings on the left, a live preview of the first page
 * with the number of sheets on the right, and the export running in the background with progress and Cancel.
 */
public final class ExportDialog {
    private static final double PREVIEW_SIZE = 380;
    private static final int SUMMARY_LINES = 3;
    private static final double LINE_SPACING = 1.4;

    /** What the dialog's main button does. */
    enum Mode {
        EXPORT, PRINT
    }

    private final ExportViewModel vm;
    private final ExportTexts texts;
    private final Mode mode;
    private final Consumer<Path> openFile;
    private final Stage stage = new Stage();
    private final ImageView preview = new ImageView();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button action = new Button();
    private final Button cancel = new Button();
    private final Button open = new Button();
    private final Button close = new Button();
    /** One background thread for previews, so a burst of changes never piles up renderings. */
    private final ExecutorService previewThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-preview");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong previewGeneration = new AtomicLong();
    private Task<?> running;
    private Path exported;
    /** Asks where to save; a file chooser, replaced in tests. */
    Function<String, Path> targetChooser = this::chooseTarget;
    /** Runs on the export thread at every progress step; tests hold an export here to cancel it while it runs. */
    Runnable exportStep = () -> { };

    private ExportDialog(Window owner, ExportViewModel vm, Mode mode, Consumer<Path> openFile) {
        this.vm = vm;
        this.texts = vm.texts();
        this.mode = mode;
        this.openFile = openFile;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(texts.get(mode == Mode.EXPORT ? "export.title" : "print.title"));
        stage.setScene(new Scene(layout()));
        stage.setOnHidden(e -> {
            vm.remember();
            if (running != null) {
                running.cancel();
            }
            previewThread.shutdownNow();
        });
        vm.settingsProperty().addListener((o, was, is) -> refreshPreview());
        refreshPreview();
    }

    /** Opens the Export dialog for {@code map}; {@code openFile} opens an exported file in the system's viewer. */
    public static void show(Window owner, JourneyMap map, Path mapFileOrNull, Consumer<Path> openFile) {
        open(owner, map, mapFileOrNull, openFile, ExportViewModel.defaultStore(), Mode.EXPORT);
    }

    /** Opens the dialog with its settings kept in {@code store} (tests pass a store of their own). */
    static ExportDialog open(Window owner, JourneyMap map, Path mapFileOrNull, Consumer<Path> openFile,
                             Preferences store, Mode mode) {
        return open(owner, map, mapFileOrNull, openFile, store, mode, ExportTexts.forSystemLocale());
    }

    /** Opens the dialog in the language of {@code texts} (tests show both). */
    static ExportDialog open(Window owner, JourneyMap map, Path mapFileOrNull, Consumer<Path> openFile,
                             Preferences store, Mode mode, ExportTexts texts) {
        ExportViewModel vm = new ExportViewModel(map, mapFileOrNull, store, texts);
        if (mode == Mode.PRINT) {
            // printing is paper: the page settings are the PDF's
            vm.formatProperty().set(ExportJob.Format.PDF);
        }
        ExportDialog dialog = new ExportDialog(owner, vm, mode, openFile);
        dialog.stage.show();
        return dialog;
    }

    Stage stage() {
        return stage;
    }

    ExportViewModel viewModel() {
        return vm;
    }

    private BorderPane layout() {
        Region form = (Region) new SettingsForm(vm).build(mode == Mode.PRINT);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setPrefViewportWidth(330);

        preview.setId("preview");
        preview.setPreserveRatio(true);
        StackPane previewBox = new StackPane(preview);
        previewBox.setMinSize(PREVIEW_SIZE + 24, PREVIEW_SIZE + 24);
        previewBox.setPrefSize(PREVIEW_SIZE + 24, PREVIEW_SIZE + 24);
        previewBox.setStyle("-fx-background-color: #d9dde3; -fx-background-radius: 4;");
        preview.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 1, 2);");
        Label previewTitle = new Label(texts.get("section.preview"));
        previewTitle.setStyle("-fx-font-weight: bold;");
        summary.setId("summary");
        summary.setWrapText(true);
        summary.setMaxWidth(PREVIEW_SIZE + 24);
        // the tiny-text warning follows the page count: it must wrap onto its own lines, never end in "…"; room for
        // three lines is kept from the start so that the dialog need not grow when the warning comes and goes
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setAlignment(Pos.TOP_LEFT);
        StackPane summaryBox = new StackPane(summary);
        summaryBox.setAlignment(Pos.TOP_LEFT);
        summaryBox.setMinHeight(SUMMARY_LINES * Font.getDefault().getSize() * LINE_SPACING);
        summary.textProperty().addListener((o, was, is) -> growToFit());
        VBox right = new VBox(8, previewTitle, previewBox, summaryBox);

        HBox centre = new HBox(20, formScroll, right);
        HBox.setHgrow(formScroll, Priority.ALWAYS);

        status.setId("status");
        status.setWrapText(true);
        progress.setId("progress");
        progress.setVisible(false);
        progress.setPrefWidth(200);
        action.setId("action");
        action.setText(texts.get(mode == Mode.EXPORT ? "button.export" : "button.print"));
        action.setDefaultButton(true);
        action.setOnAction(e -> {
            if (mode == Mode.EXPORT) {
                export();
            } else {
                PrintAction.printFrom(this);
            }
        });
        cancel.setId("cancel");
        cancel.setText(texts.get("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setVisible(false);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
                // the background thread may need a moment to stop; the outcome follows when it has
                cancel.setDisable(true);
                status.setText(texts.get(mode == Mode.EXPORT ? "status.cancelling" : "status.printCancelling"));
            }
        });
        open.setId("open");
        open.setText(texts.get("button.open"));
        open.setVisible(false);
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> openFile.accept(exported));
        close.setId("close");
        close.setText(texts.get("button.close"));
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox statusBox = new VBox(4, progress, status);
        HBox.setHgrow(statusBox, Priority.ALWAYS);
        HBox buttons = new HBox(8, statusBox, spacer, open, cancel, action, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(centre);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(14, 0, 0, 0));
        root.setPadding(new Insets(16));
        return root;
    }

    /** Makes the dialog taller when its content needs more room than it has (a long summary); never smaller. */
    private void growToFit() {
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            if (scene == null || !stage.isShowing()) {
                return;
            }
            double needed = scene.getRoot().prefHeight(scene.getWidth());
            if (needed > scene.getHeight() + 0.5) {
                stage.setHeight(stage.getHeight() + needed - scene.getHeight());
            }
        });
    }

    /** Works out the pages and renders the first one off the FX thread; only the newest request is shown. */
    private void refreshPreview() {
        long generation = previewGeneration.incrementAndGet();
        ExportSettings settings = vm.settings();
        summary.setText(texts.get("summary.working"));
        previewThread.execute(() -> {
            if (generation != previewGeneration.get()) {
                return;
            }
            try {
                PagePlan plan = PagePlan.of(vm.map(), settings);
                var image = PreviewImage.render(plan.firstPage(), plan.pages(), PREVIEW_SIZE, PREVIEW_SIZE,
                        settings.format() != ExportJob.Format.PDF && settings.transparent());
                Platform.runLater(() -> {
                    if (generation == previewGeneration.get()) {
                        preview.setImage(PreviewImage.toFx(image));
                        summary.setText(vm.summary(plan));
                        action.setDisable(running != null);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (generation == previewGeneration.get()) {
                        preview.setImage(null);
                        summary.setText(texts.get("summary.failed", String.valueOf(e.getMessage())));
                        action.setDisable(true);
                    }
                });
            }
        });
    }

    private void export() {
        Path target = targetChooser.apply(vm.suggestedFileName());
        if (target == null) {
            return;
        }
        vm.rememberFolder(target.toAbsolutePath().getParent());
        vm.remember();
        ExportJob job = vm.job(target);
        JourneyMap map = vm.map();
        BackgroundWork<List<Path>> task = new BackgroundWork<>() {
            @Override
            protected List<Path> work() throws Exception {
                return job.run(map, new ExportProgress() {
                    @Override
                    public void update(double done, double total) {
                        exportStep.run();
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        open.setVisible(false);
        runInBackground(task, texts.get("progress.exporting", target.getFileName()), outcome -> {
            if (outcome.failure() == null) {
                // written, even when Cancel came after the export's last check: say so, never "no file"
                exported = target;
                List<Path> files = outcome.value();
                status.setText(files.size() > 1
                        ? texts.get("status.doneWorksheet", files.get(0).getFileName(), files.get(1).getFileName())
                        : texts.get("status.done", target.getFileName()));
                open.setVisible(true);
            } else if (outcome.cancelled()) {
                status.setText(texts.get("status.cancelled"));
            } else {
                status.setText(texts.get("status.failed", message(outcome.failure())));
            }
        });
    }

    /**
     * Runs {@code task} with the progress bar and Cancel button showing, the main button disabled, until its thread has
     * ended; then {@code ended} hears what it really did (on the FX thread).
     */
    <T> void runInBackground(BackgroundWork<T> task, String message, Consumer<BackgroundWork.Outcome<T>> ended) {
        running = task;
        status.setText(message);
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setDisable(false);
        action.setDisable(true);
        Thread worker = new Thread(() -> {
            try {
                task.run();
            } finally {
                // posted after the task's own state changes, so the dialog is idle only once they are all heard
                Platform.runLater(() -> {
                    running = null;
                    progress.progressProperty().unbind();
                    progress.setVisible(false);
                    cancel.setVisible(false);
                    action.setDisable(false);
                    ended.accept(task.outcome());
                });
            }
        }, mode == Mode.EXPORT ? "export" : "print");
        worker.setDaemon(true);
        worker.start();
    }

    void showStatus(String text) {
        status.setText(text);
    }

    static String message(Throwable e) {
        if (e instanceof CancellationException) {
            return "cancelled";
        }
        return e == null ? "?" : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private Path chooseTarget(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("chooser.title"));
        String ext = vm.settings().format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("chooser.filter." + ext),
                "*." + ext));
        chooser.setInitialFileName(suggestedName);
        Path folder = vm.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(stage);
        return file == null ? null : file.toPath();
    }
}
