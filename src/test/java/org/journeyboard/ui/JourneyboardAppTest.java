package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.Problem;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JourneyboardAppTest {
    private final JourneyMap map = GeneratedMaps.withCards(120, 3);
    private JourneyboardApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new JourneyboardApp();
        app.setReader(file -> map);
        app.start(stage);
    }

    @Test
    void windowShowsTheOpenedMapOnItsCanvas(FxRobot robot) throws Exception {
        robot.interact(() -> app.open(Path.of("/somewhere/sicherheit.journey.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mapCanvas().mapLayout() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Journeyboard – sicherheit.journey.json");
        assertThat(app.mapCanvas().mapLayout().cards()).hasSize(120);
        Canvas canvas = robot.lookup(".map-canvas").queryAs(MapCanvas.class).canvas();
        assertThat(canvas.getWidth()).isGreaterThan(400);
        assertThat(canvas.getHeight()).isGreaterThan(300);
        // the map is really painted: the snapshot holds more than the white background
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        int coloured = 0;
        for (int y = 0; y < shot[0].getHeight(); y += 7) {
            for (int x = 0; x < shot[0].getWidth(); x += 7) {
                if (shot[0].getPixelReader().getArgb(x, y) != 0xFFFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(500);
    }

    @Test
    void zoomKeepsTheMapPointUnderThePointer(FxRobot robot) {
        robot.interact(() -> app.showMap(map, null));
        WaitForAsyncUtils.waitForFxEvents();
        MapCanvas canvas = app.mapCanvas();
        double[] before = new double[2];
        robot.interact(() -> {
            before[0] = canvas.toMap(300, 200).getX();
            before[1] = canvas.toMap(300, 200).getY();
            canvas.zoomAt(2, 300, 200);
        });
        assertThat(canvas.zoom()).isEqualTo(2);
        assertThat(canvas.toMap(300, 200).getX()).isCloseTo(before[0], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(canvas.toMap(300, 200).getY()).isCloseTo(before[1], org.assertj.core.api.Assertions.within(1e-6));
        assertThat(canvas.visibleArea().width()).isCloseTo(canvas.canvas().getWidth() / 2,
                org.assertj.core.api.Assertions.within(1e-6));
        robot.interact(canvas::zoomToFit);
        assertThat(canvas.visibleArea().inflate(0.01).encloses(canvas.mapLayout().bounds())
                || canvas.zoom() == MapCanvas.MIN_ZOOM).isTrue();
    }

    @Test
    void keyboardZoomsOutAndFits(FxRobot robot) {
        robot.interact(() -> app.showMap(map, null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(app.mapCanvas().canvas());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.MINUS)
                .release(javafx.scene.input.KeyCode.MINUS, javafx.scene.input.KeyCode.CONTROL);
        assertThat(app.mapCanvas().zoom()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        assertThat(app.mapCanvas().zoom()).isLessThan(0.8);
    }

    @Test
    void aFileErrorShowsTheReadersMessageNotAStackTrace() {
        JourneyFileException e = new JourneyFileException(List.of(
                new Problem("broken.journey.json", "$.phases[0].name", 3, 14, "name must not be empty")));
        assertThat(app.userMessage(e)).contains("name must not be empty").doesNotContain("at org.");
        String unexpected = app.userMessage(new NullPointerException());
        assertThat(unexpected).contains("NullPointerException").doesNotContain("at org.");
        assertThat(new Messages(Locale.GERMAN).get("error.unexpected", "X")).contains("Unerwartetes");
    }
}
