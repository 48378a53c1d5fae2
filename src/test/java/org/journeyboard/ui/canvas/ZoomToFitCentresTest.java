package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Zoom to fit shows the whole map in the middle of the view: where the view is wider than the map (or taller), the
 * room left over is shared on both sides, not left empty at the right (or bottom). Scrolling still works as before.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomToFitCentresTest {
    private MapCanvas canvas;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own: the resizes below must not carry over to the shared primary stage of later tests
        stage = new Stage();
        canvas = new MapCanvas();
        canvas.setDocument(new MapDocument(Samples.all().get(0).map(), null, Locale.GERMAN));
        stage.setScene(new Scene(canvas, 1200, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aMapLowerThanWideIsCentredAcrossAWideView(FxRobot robot) {
        robot.interact(canvas::zoomToFit);
        assertCentred(robot);
    }

    @Test
    void aMapInATallViewIsCentredDownIt(FxRobot robot) {
        robot.interact(() -> stage.setWidth(400));
        robot.interact(() -> stage.setHeight(780));
        robot.interact(canvas::zoomToFit);
        assertCentred(robot);
    }

    @Test
    void aCentredMapStaysCentredWhenTheViewGrows(FxRobot robot) {
        robot.interact(canvas::zoomToFit);
        robot.interact(() -> stage.setWidth(1270));
        assertCentred(robot);
    }

    @Test
    void zoomingInFromACentredMapKeepsThePointUnderThePointerAndScrollsWithinTheMap(FxRobot robot) {
        robot.interact(canvas::zoomToFit);
        AtomicReference<Point2D> before = new AtomicReference<>();
        AtomicReference<Point2D> after = new AtomicReference<>();
        robot.interact(() -> {
            double x = canvas.canvas().getWidth() / 2;
            double y = canvas.canvas().getHeight() / 2;
            before.set(canvas.toMap(x, y));
            canvas.zoomAt(canvas.zoom() * 3, x, y);
            after.set(canvas.toMap(x, y));
        });
        assertThat(after.get().getX()).isCloseTo(before.get().getX(), within(0.5));
        assertThat(after.get().getY()).isCloseTo(before.get().getY(), within(0.5));
        robot.interact(() -> assertThat(canvas.visibleArea().x()).as("zoomed in, the view starts within the map")
                .isGreaterThanOrEqualTo(0));
    }

    private void assertCentred(FxRobot robot) {
        robot.interact(() -> {
            MapLayout layout = canvas.mapLayout();
            double w = canvas.canvas().getWidth();
            double h = canvas.canvas().getHeight();
            Point2D topLeft = canvas.toView(0, 0);
            Point2D bottomRight = canvas.toView(layout.width(), layout.height());
            assertThat(bottomRight.getX() - topLeft.getX()).as("map width on screen").isLessThanOrEqualTo(w + 0.5);
            assertThat(bottomRight.getY() - topLeft.getY()).as("map height on screen").isLessThanOrEqualTo(h + 0.5);
            assertThat(topLeft.getX()).as("room at the left").isCloseTo(w - bottomRight.getX(), within(1.0));
            assertThat(topLeft.getY()).as("room at the top").isCloseTo(h - bottomRight.getY(), within(1.0));
        });
    }
}
