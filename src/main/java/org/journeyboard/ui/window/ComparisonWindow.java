package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.journeyboard.export.ComparisonPages;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.PrintedPage;
import org.journeyboard.insights.Comparison;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.Messages;

/**
 * File › Compare with…: the comparison of the open map with a second one in a window of its own beside the map,
 * read-only. It shows the very pages {@code compare A B -o compare.pdf} prints, drawn by the same painter through
 * {@link FxCanvas2D}, so that screen and paper agree.
 */
final class ComparisonWindow {
    private static final double GAP = 12;

    private final Stage stage = new Stage();
    private final List<PrintedPage> pages;
    private final List<Canvas> canvases = new ArrayList<>();

    private ComparisonWindow(Stage owner, Messages messages, Comparison comparison, String nameBefore,
                             String nameAfter) {
        pages = ComparisonPages.compose(comparison, nameBefore, nameAfter, PdfOptions.defaults());
        VBox sheets = new VBox(GAP);
        sheets.setId("comparison");
        sheets.setStyle("-fx-padding: 12; -fx-background-color: #8A96A3;");
        for (int i = 0; i < pages.size(); i++) {
            PrintedPage page = pages.get(i);
            Canvas canvas = new Canvas(page.size().width(), page.size().height());
            canvas.setId("comparison-page-" + (i + 1));
            FxCanvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
            g.setFill(org.journeyboard.paint.MapColours.LIGHT.paper());
            g.fillRect(0, 0, page.size().width(), page.size().height());
            page.drawer().draw(g, i + 1, pages.size());
            canvases.add(canvas);
            sheets.getChildren().add(canvas);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        double width = pages.isEmpty() ? 600 : pages.get(0).size().width() + 2 * GAP + 20;
        stage.setScene(new Scene(scroll, width, Math.min(900, width * 1.3)));
        stage.setTitle(messages.get("compare.window.title", nameBefore, nameAfter));
        stage.initOwner(owner);
        // beside the map window where the screen has room, so that both are in view
        if (!Double.isNaN(owner.getX()) && !Double.isNaN(owner.getWidth())) {
            stage.setX(owner.getX() + owner.getWidth() - width / 2);
            stage.setY(owner.getY());
        }
    }

    /** Shows how {@code other} (from {@code otherFile}) differs from {@code current} (from {@code currentFile}). */
    static ComparisonWindow show(Stage owner, Messages messages, JourneyMap current, Path currentFile,
                                 JourneyMap other, Path otherFile) {
        String before = currentFile == null ? current.title() : ComparisonPages.nameOf(currentFile);
        ComparisonWindow window = new ComparisonWindow(owner, messages, Comparison.of(current, other), before,
                ComparisonPages.nameOf(otherFile));
        window.stage.show();
        return window;
    }

    Stage stage() {
        return stage;
    }

    /** The pages on show, as the PDF would print them. */
    List<PrintedPage> pages() {
        return pages;
    }

    List<Canvas> canvases() {
        return canvases;
    }
}
