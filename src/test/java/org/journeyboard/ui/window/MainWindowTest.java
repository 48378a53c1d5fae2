package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.TextClipboard;
import org.journeyboard.ui.window.Dialogs.UnsavedChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final JourneyMap map = GeneratedMaps.withCards(120, 3);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeRecovery recovery = new FakeRecovery();
    private MainWindow window;
    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("journeyboard-window");
        MemoryPreferences prefs = new MemoryPreferences();
        Messages messages = new Messages(Locale.ENGLISH);
        window = new MainWindow(stage, messages, new WindowSettings(prefs), new RecentFiles(prefs.node("recent")),
                recovery, dialogs, MapFiles.onDisk(Locale.ENGLISH), new MemoryClipboard(), Background.IN_PLACE);
        window.show(null);
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private Path write(String name, JourneyMap content) throws IOException {
        Path file = dir.resolve(name);
        JourneyFiles.write(content, file);
        return file;
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> window.session().open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowOpensAFilePaintsItAndZooms(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
        open(robot, write("sicherheit.journey.json", map));
        assertThat(stage.getTitle()).isEqualTo("sicherheit.journey.json – Journeyboard");
        assertThat(robot.lookup(".welcome").query().isVisible()).isFalse();
        assertThat(window.mapCanvas().mapLayout().cards()).hasSize(120);
        assertThat(robot.lookup("#status-save").queryLabeled().getText()).isEqualTo("All changes saved");
        Canvas canvas = window.mapCanvas().canvas();
        assertThat(canvas.getWidth()).isGreaterThan(400);
        assertThat(canvas.getHeight()).isGreaterThan(300);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            window.mapCanvas().paintNow();
            shot[0] = canvas.snapshot(null, null);
        });
        int coloured = 0;
        for (int y = 0; y < shot[0].getHeight(); y += 7) {
            for (int x = 0; x < shot[0].getWidth(); x += 7) {
                if (shot[0].getPixelReader().getArgb(x, y) != 0xFFFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(500);

        MapCanvas mapCanvas = window.mapCanvas();
        robot.interact(() -> window.menusForTest().findItem("menu.view.zoomIn").fire());
        assertThat(mapCanvas.zoom()).isCloseTo(1.25, within(1e-9));
        assertThat(robot.lookup("#status-zoom").queryLabeled().getText()).isEqualTo("125 %");
        robot.interact(mapCanvas::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mapCanvas.zoom()).as("one key press zooms once").isCloseTo(1.0, within(1e-9));
        assertThat(robot.lookup("#status-zoom").queryLabeled().getText()).isEqualTo("100 %");
        robot.interact(window::zoomToFit);
        assertThat(mapCanvas.visibleArea().inflate(0.01).encloses(mapCanvas.mapLayout().bounds())
                || mapCanvas.zoom() == MapCanvas.MIN_ZOOM).isTrue();
    }

    @Test
    void anEditMarksTheTitleCtrlZUndoesAndClosingAsksFirst(FxRobot robot) throws Exception {
        open(robot, write("edit.journey.json", map));
        robot.interact(() -> window.document().apply(MapEdits.setTitle("Renamed")));
        assertThat(stage.getTitle()).isEqualTo("*edit.journey.json – Journeyboard");
        assertThat(robot.lookup("#status-save").queryLabeled().getText()).isEqualTo("Unsaved changes");
        MenuItem undo = window.menusForTest().findItem("menu.edit.undo");
        assertThat(undo.getText()).isEqualTo("Undo Edit map title");
        robot.interact(window.mapCanvas()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().map().title()).isEqualTo(map.title());
        assertThat(stage.getTitle()).isEqualTo("edit.journey.json – Journeyboard");
        assertThat(undo.isDisable()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().map().title()).isEqualTo("Renamed");

        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.asked).containsExactly("unsaved:edit.journey.json");
        assertThat(stage.isShowing()).isTrue();
        assertThat(recovery.shutDown).isFalse();
        // File › Close with Don't save goes back to the welcome view
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        robot.interact(() -> window.menusForTest().findItem("menu.file.close").fire());
        assertThat(window.document()).isNull();
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Journeyboard");
        // Print needs a map: with an action set it is enabled only while one is open
        int[] printed = new int[1];
        robot.interact(() -> window.setPrintAction(m -> printed[0]++));
        assertThat(robot.lookup("#tool-menu-file-print").query().isDisabled()).isTrue();
        open(robot, dir.resolve("edit.journey.json"));
        assertThat(robot.lookup("#tool-menu-file-print").query().isDisabled()).isFalse();
        robot.interact(() -> window.menusForTest().findItem("menu.file.print").fire());
        assertThat(printed[0]).isEqualTo(1);
    }

    @Test
    void theWelcomeViewOpensASampleAndFindSelectsCards(FxRobot robot) {
        JourneyMap sample = Samples.all().get(0).map();
        robot.interact(() -> robot.lookup(sample.title()).queryButton().fire());
        assertThat(window.document().map()).isEqualTo(sample);
        assertThat(stage.getTitle()).isEqualTo(sample.title() + " – Journeyboard");
        String title = sample.cards().get(5).title();
        dialogs.findAnswers.add(java.util.Optional.of(title));
        robot.interact(window::find);
        assertThat(window.document().selectedCardIds()).contains(sample.cards().get(5).id());
        assertThat(robot.lookup("#status-selection").queryLabeled().getText()).endsWith("selected");
        // the side panels show with a map, and Enter on a palette item adds a card beside the selected one
        assertThat(window.palette().getScene()).isNotNull();
        assertThat(window.inspector().document()).isSameAs(window.document());
        assertThat(robot.lookup("#tool-menu-file-print").query().isDisabled()).isTrue();
        int before = window.document().map().cards().size();
        robot.interact(() -> robot.lookup(".palette-item").queryAs(javafx.scene.Node.class).fireEvent(
                new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false)));
        assertThat(window.document().map().cards()).hasSize(before + 1);
    }

    /** A clipboard in memory: the headless platform has no system clipboard worth trusting. */
    static final class MemoryClipboard implements TextClipboard {
        private String json;
        private String text;

        @Override
        public void put(String journeyboardJson, String plainText) {
            json = journeyboardJson;
            text = plainText;
        }

        @Override
        public java.util.Optional<String> journeyboardText() {
            return java.util.Optional.ofNullable(json);
        }

        @Override
        public java.util.Optional<String> plainText() {
            return java.util.Optional.ofNullable(text);
        }
    }
}
