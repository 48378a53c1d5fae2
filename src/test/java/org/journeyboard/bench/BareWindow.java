package org.journeyboard.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.journeyboard.ui.StartupProbe;

/**
 * The floor for {@code startup.bare}: a JavaFX window showing one label, nothing else. Run with {@code
 * -Djourneyboard.startupProbe} it reports its first painted frame exactly as the editor does, then ends. Like the
 * editor's Launcher, the main class is not the Application, so it runs with JavaFX on the class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** The window itself. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Journeyboard"), 1152, 720));
            stage.show();
            // the same probe as the editor's first map paint, so both count the same pulses
            Platform.runLater(StartupProbe::mapPainted);
        }
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }
}
