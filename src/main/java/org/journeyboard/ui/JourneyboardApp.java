package org.journeyboard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the editor window. */
public class JourneyboardApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(JourneyboardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Journeyboard");
        stage.setScene(new Scene(new Label("Journeyboard"), 800, 600));
        stage.show();
    }
}
