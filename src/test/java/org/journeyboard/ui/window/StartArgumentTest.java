package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.journeyboard.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A start argument that is no path at all: the window starts as without one and says why nothing opened. */
@ExtendWith(ApplicationExtension.class)
class StartArgumentTest {
    private static final String NOT_A_PATH = "Einbruch – „sofort“\u0000.journey.json";
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MemoryPreferences prefs = new MemoryPreferences();
        window = new MainWindow(stage, new Messages(Locale.GERMAN), new WindowSettings(prefs),
                new RecentFiles(prefs.node("recent")), new FakeRecovery(), dialogs, MapFiles.onDisk(Locale.GERMAN),
                new MainWindowTest.MemoryClipboard(), Background.IN_PLACE);
    }

    @Test
    void aNulCharacterIsNoPath() {
        // what JourneyboardApp.start met before it asked the window to say so
        assertThatThrownBy(() -> Path.of(NOT_A_PATH)).isInstanceOf(InvalidPathException.class);
    }

    @Test
    void theWindowShowsTheWelcomeViewAndAMessage(FxRobot robot) {
        robot.interact(() -> window.showWithoutPath(NOT_A_PATH));
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.document()).isNull();
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("„Einbruch – „sofort“U+0000.journey.json“ ist kein Dateiname, darum wurde keine Karte geöffnet.")
                .contains("Datei › Öffnen");
    }
}
