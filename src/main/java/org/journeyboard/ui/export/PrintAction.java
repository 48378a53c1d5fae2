package org.journeyboard.ui.export;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PrintedPage;
import org.journeyboard.export.PrintedPages;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.FxCanvas2D;

/**
 * File › Print…: the Print dialog (the Export dialog's page settings and preview, with a Print button), then the
 * pages sent to a printer with JavaFX's PrinterJob, each drawn by the shared painter onto a canvas of its own.
 * <p>
 * The printer never gets that canvas itself: the print pipeline (Java 2D) cannot replay a canvas's clip, which needs
 * the screen's effect filters ("Screen must be non-null"); it drops the whole node and the page comes out blank
 * without an error. Each page is therefore rendered to an image on the FX thread (a snapshot, the screen's pipeline)
 * and the printer gets that image, scaled to fit the printable area.
 */
public final class PrintAction {
    /** Canvas pixels per point: 3 gives 216 dpi, sharp on paper while a poster sheet stays a modest texture. */
    private static final double PIXELS_PER_POINT = 3;
    private static final double MAX_CANVAS_SIDE = 4096;

    private PrintAction() {
    }

    /** Opens the Print dialog for {@code map}. */
    public static void print(Window owner, JourneyMap map) {
        ExportDialog.open(owner, map, null, file -> { }, ExportViewModel.defaultStore(), ExportDialog.Mode.PRINT);
    }

    /** Opens the Print dialog with its settings kept in {@code store} (tests). */
    static ExportDialog print(Window owner, JourneyMap map, Preferences store) {
        return ExportDialog.open(owner, map, null, file -> { }, store, ExportDialog.Mode.PRINT);
    }

    /** The Print button: asks the system for a printer, then prints in the background with progress and Cancel. */
    static void printFrom(ExportDialog dialog) {
        ExportTexts texts = dialog.viewModel().texts();
        Printer printer = defaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            noPrinter(dialog.stage(), texts);
            return;
        }
        if (!job.showPrintDialog(dialog.stage())) {
            job.cancelJob();
            return;
        }
        dialog.viewModel().remember();
        ExportSettings settings = dialog.viewModel().settings();
        JourneyMap map = dialog.viewModel().map();
        BackgroundWork<Integer> task = new BackgroundWork<>() {
            @Override
            protected Integer work() throws Exception {
                List<PrintedPage> pages = PrintedPages.compose(map, settings.pdfOptions(), settings.edition()).pages();
                Printer chosen = job.getPrinter();
                try {
                    for (int i = 0; i < pages.size(); i++) {
                        if (isCancelled()) {
                            throw new CancellationException();
                        }
                        updateMessage(texts.get("progress.printing", i + 1, pages.size()));
                        updateProgress(i, pages.size());
                        PrintedPage page = pages.get(i);
                        PageLayout layout = chosen.createPageLayout(fxPaper(settings.paper()),
                                page.size().width() > page.size().height() ? PageOrientation.LANDSCAPE
                                        : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
                        int number = i + 1;
                        ImageView node = onFxThread(() -> pageNode(page, number, pages.size(),
                                layout.getPrintableWidth(), layout.getPrintableHeight()));
                        if (!job.printPage(layout, node)) {
                            throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                        }
                    }
                } catch (Exception | Error e) {
                    job.cancelJob();
                    throw e;
                }
                if (!job.endJob()) {
                    throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                }
                updateProgress(1, 1);
                return pages.size();
            }
        };
        dialog.runInBackground(task, texts.get("progress.printStarting"), outcome -> {
            if (outcome.failure() == null) {
                dialog.showStatus(texts.get("status.printed", outcome.value(), job.getPrinter().getName()));
            } else if (outcome.cancelled()) {
                dialog.showStatus(texts.get("status.printCancelled"));
            } else {
                dialog.showStatus(texts.get("status.printFailed", ExportDialog.message(outcome.failure())));
            }
        });
    }

    /** The system's default printer, or null when there is none (a server, headless tests, no driver). */
    static Printer defaultPrinter() {
        try {
            return Printer.getDefaultPrinter();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static void noPrinter(Window owner, ExportTexts texts) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, texts.get("print.noPrinter"));
        alert.initOwner(owner);
        alert.setTitle(texts.get("print.noPrinter.title"));
        alert.setHeaderText(texts.get("print.noPrinter.title"));
        alert.getDialogPane().setId("no-printer");
        alert.show();
    }

    /**
     * One page as the printer gets it: drawn at print resolution, rendered to an image and shown scaled to fit the
     * printable area (points). On the FX thread (a snapshot needs it).
     */
    static ImageView pageNode(PrintedPage page, int number, int count, double printableWidth,
                              double printableHeight) {
        double density = Math.min(PIXELS_PER_POINT,
                MAX_CANVAS_SIDE / Math.max(page.size().width(), page.size().height()));
        Canvas canvas = new Canvas(Math.ceil(page.size().width() * density), Math.ceil(page.size().height() * density));
        FxCanvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
        g.scale(density);
        page.drawer().draw(g, number, count);
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(white, null);
        double fit = Math.min(printableWidth / page.size().width(), printableHeight / page.size().height());
        ImageView view = new ImageView(image);
        view.setSmooth(true);
        view.setFitWidth(page.size().width() * fit);
        view.setFitHeight(page.size().height() * fit);
        return view;
    }

    /** Runs {@code work} on the FX thread and waits for it; a Cancel (an interrupt) stops the waiting. */
    private static <T> T onFxThread(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static javafx.print.Paper fxPaper(Paper paper) {
        return switch (paper) {
            case A0 -> javafx.print.Paper.A0;
            case A1 -> javafx.print.Paper.A1;
            case A2 -> javafx.print.Paper.A2;
            case A3 -> javafx.print.Paper.A3;
            case A4 -> javafx.print.Paper.A4;
            case LETTER -> javafx.print.Paper.NA_LETTER;
            case LEGAL -> javafx.print.Paper.LEGAL;
            case TABLOID -> javafx.print.Paper.TABLOID;
        };
    }
}
