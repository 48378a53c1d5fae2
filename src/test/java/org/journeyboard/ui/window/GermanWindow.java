package org.journeyboard.ui.window;

import java.util.Locale;
import javafx.stage.Stage;
import org.journeyboard.ui.Messages;

/** The editor window as a German user sees it, for TestFX tests: preferences in memory, no recovery, no thread pool. */
final class GermanWindow {
    private GermanWindow() {
    }

    /** A window on {@code stage} that asks {@code dialogs}; not yet shown. */
    static MainWindow on(Stage stage, Dialogs dialogs) {
        MemoryPreferences prefs = new MemoryPreferences();
        return new MainWindow(stage, new Messages(Locale.GERMAN), new WindowSettings(prefs),
                new RecentFiles(prefs.node("recent")), new FakeRecovery(), dialogs, MapFiles.onDisk(Locale.GERMAN),
                new MainWindowTest.MemoryClipboard(), Background.IN_PLACE);
    }
}
