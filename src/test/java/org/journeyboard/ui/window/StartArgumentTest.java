package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.stage.Stage;
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
        window = GermanWindow.on(stage, dialogs);
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
