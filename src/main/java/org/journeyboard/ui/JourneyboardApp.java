package org.journeyboard.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.journeyboard.ui.export.ExportDialog;
import org.journeyboard.ui.export.PrintAction;
import org.journeyboard.ui.window.FileOnStart;
import org.journeyboard.ui.window.MainWindow;
import org.journeyboard.ui.window.RecentFiles;
import org.journeyboard.ui.window.StoreRecovery;
import org.journeyboard.ui.window.WindowSettings;

/** The JavaFX application: reads the user's settings and opens the editor window (with the file given, if any). */
public class JourneyboardApp extends Application {
    /** The file named on the command line, its reading begun before JavaFX starts (null without one). */
    private static volatile FileOnStart fileOnStart;
    private MainWindow window;

    /** Starts the application; the first argument, if any, is a map file to open. */
    public static void launchWith(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            try {
                // read while the toolkit starts (ADR 6); the window opens it only if no crashed work comes first
                fileOnStart = FileOnStart.read(Path.of(args[0]),
                        () -> windowLocale(new WindowSettings(WindowSettings.userNode())));
            } catch (InvalidPathException e) {
                // not a path: start() says so as it always did
            }
        }
        Application.launch(JourneyboardApp.class, args);
    }

    /** Runs once the toolkit is up, just before {@link #start}; with a map to open it loads the map's fonts meanwhile. */
    @Override
    public void init() {
        if (fileOnStart != null) {
            // JavaFX copies each font to a temporary file before loading it: a thread of its own, not the first frame
            Thread fonts = new Thread(FxCanvas2D::loadFonts, "journeyboard-fonts");
            fonts.setDaemon(true);
            fonts.start();
        }
    }

    @Override
    public void start(Stage stage) {
        WindowSettings settings = new WindowSettings(WindowSettings.userNode());
        Locale locale = windowLocale(settings);
        Messages messages = new Messages(locale);
        window = new MainWindow(stage, messages, settings, new RecentFiles(settings.node().node("recent")),
                StoreRecovery.inUserDataDir(locale));
        window.setExportAction((owner, map, file) -> ExportDialog.show(owner, map, file,
                exported -> getHostServices().showDocument(exported.toUri().toString())));
        window.setPrintAction(map -> PrintAction.print(stage, map));
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Path file;
        try {
            file = files.isEmpty() ? null : Path.of(files.get(0));
        } catch (InvalidPathException e) {
            window.showWithoutPath(files.get(0));
            return;
        }
        FileOnStart early = fileOnStart;
        if (file != null && early != null && early.isFor(file, locale)) {
            window.showOpening(early);
        } else {
            window.show(file);
        }
    }

    private static Locale windowLocale(WindowSettings settings) {
        return settings.language().locale(Locale.getDefault());
    }

    /** The window (for tests). */
    MainWindow window() {
        return window;
    }
}
