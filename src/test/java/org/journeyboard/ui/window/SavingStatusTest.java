package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window while a file loads or saves in the background: what the status line says and what is refused. */
@ExtendWith(ApplicationExtension.class)
class SavingStatusTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeRecovery recovery = new FakeRecovery();
    private final HeldBackground background = new HeldBackground();
    private MainWindow window;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("journeyboard-saving");
        file = dir.resolve("Wohnung – „sicher“.journey.json");
        JourneyFiles.write(Samples.all().get(0).map(), file);
        MemoryPreferences prefs = new MemoryPreferences();
        window = new MainWindow(stage, new Messages(Locale.GERMAN), new WindowSettings(prefs),
                new RecentFiles(prefs.node("recent")), recovery, dialogs, MapFiles.onDisk(Locale.GERMAN),
                new MainWindowTest.MemoryClipboard(), background);
        window.show(null);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-save").queryLabeled().getText();
    }

    private boolean progressShown(FxRobot robot) {
        return robot.lookup("#status-progress").queryAs(ProgressBar.class).isVisible();
    }

    @Test
    void openIsRefusedWhileAFileLoads(FxRobot robot) {
        robot.interact(() -> window.session().open(file));
        assertThat(status(robot)).isEqualTo("Wird geöffnet …");
        assertThat(window.menusForTest().findItem("menu.file.open").isDisable()).isTrue();
        assertThat(progressShown(robot)).isTrue();
        robot.interact(background::finishAll);
        assertThat(window.menusForTest().findItem("menu.file.open").isDisable()).isFalse();
        assertThat(status(robot)).isEqualTo("Alle Änderungen gespeichert");
        assertThat(progressShown(robot)).isFalse();
    }

    @Test
    void theStatusLineSaysSavingAndTheUserMayGoOnEditing(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().open(file));
        robot.interact(background::finishAll);
        robot.interact(() -> window.document().apply(MapEdits.setTitle("Beim Speichern")));
        robot.interact(() -> window.menusForTest().findItem("menu.file.save").fire());
        assertThat(status(robot)).isEqualTo("Speichern…");
        assertThat(progressShown(robot)).isTrue();
        robot.interact(() -> window.document().apply(MapEdits.setAuthor("Nachbar erzählt – „sofort“ 😀")));
        robot.interact(background::finishAll);
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Beim Speichern");
        assertThat(status(robot)).isEqualTo("Ungespeicherte Änderungen");
        assertThat(stage.getTitle()).startsWith("*");
        robot.interact(() -> window.menusForTest().findItem("menu.file.save").fire());
        robot.interact(background::finishAll);
        assertThat(status(robot)).isEqualTo("Alle Änderungen gespeichert");
    }

    @Test
    void closingTheWindowDuringASaveWaitsVisibly(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().open(file));
        robot.interact(background::finishAll);
        robot.interact(() -> window.document().apply(MapEdits.setTitle("Vor dem Schließen")));
        robot.interact(() -> window.menusForTest().findItem("menu.file.save").fire());
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();
        assertThat(status(robot)).isEqualTo("Speichern… Journeyboard schließt, sobald die Karte gespeichert ist.");
        assertThat(progressShown(robot)).isTrue();
        // the save ends; the last snapshots are settled in the background (held here, so the toolkit stays up)
        robot.interact(background::finishOldest);
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Vor dem Schließen");
        assertThat(status(robot)).isEqualTo("Wird beendet…");
        assertThat(stage.isShowing()).isTrue();
        assertThat(background.held()).hasSize(1);
        assertThat(recovery.shutDown).isFalse();
    }
}
