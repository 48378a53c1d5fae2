package org.journeyboard.app;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import org.journeyboard.cli.JourneyboardCommand;

/**
 * Entry point of the jar: runs a command headless, or opens the editor window.
 * It is not a JavaFX Application on purpose, so the shaded jar starts and the command line never loads JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (JourneyboardCommand.isCommandLine(args)) {
            // a command draws only into images and PDFs: headless AWT does not look for a display or load the X11
            // libraries, which PDFBox's colour spaces would otherwise pull in on a desktop
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            System.exit(JourneyboardCommand.run(args));
        }
        try {
            // loaded by name so that no JavaFX class is touched on the command-line path
            Class.forName("org.journeyboard.ui.JourneyboardApp")
                    .getMethod("launchWith", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (!noDisplay(e.getCause())) {
                throw e;
            }
            // a server, an SSH session without X forwarding: one sentence, not JavaFX's stack trace
            System.err.println(JourneyboardCommand.noDisplay(Locale.getDefault()));
            System.exit(JourneyboardCommand.EXIT_INVALID);
        }
    }

    /** Whether the toolkit failed because there is no display to open (GTK's "Unable to open DISPLAY"). */
    static boolean noDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null
                    && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }
}
