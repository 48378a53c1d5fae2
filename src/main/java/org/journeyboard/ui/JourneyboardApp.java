package org.journeyboard.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.journeyboard.ui.export.ExportDialog;
import org.journeyboard.ui.export.PrintAction;
import org.journeyboard.ui.window.MainWindow;
import org.journeyboard.ui.window.RecentFiles;
import org.journeyboard.ui.window.StoreRecovery;
import org.journeyboard.ui.window.WindowSettings;

/** The JavaFX application: reads the user's settings and opens the editor window (with the file given, if any). */
public class JourneyboardApp extends Application {
    private MainWindow window;

    /** Starts the application; the first argument, if any, is a map file to open. */
    public static void launchWith(String[] args) {
        Application.launch(JourneyboardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowSettings settings = new WindowSettings(WindowSettings.userNode());
        Locale locale = settings.language().locale(Locale.getDefault());
        Messages messages = new Messages(locale);
        window = new MainWindow(stage, messages, settings, new RecentFiles(settings.node().node("recent")),
                StoreRecovery.inUserDataDir(locale));
        window.setExportAction((owner, map, file) -> ExportDialog.show(owner, map, file,
                exported -> getHostServices().showDocument(exported.toUri().toString())));
        window.setPrintAction(map -> PrintAction.print(stage, map));
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        window.show(files.isEmpty() ? null : Path.of(files.get(0)));
    }

    /** The window (for tests). */
    MainWindow window() {
        return window;
    }
}
