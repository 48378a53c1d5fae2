package org.journeyboard.ui;

import java.lang.management.ManagementFactory;

/**
 * Measures start-up for the benchmark: when the system property {@code journeyboard.startupProbe} is set, the first
 * paint that shows a map prints {@code first-paint MS} (milliseconds since the JVM started) and ends the
 * program. With the value {@code editor} it goes on until the whole editor (menus, toolbar, panels) is on screen too
 * and prints {@code editor-ready MS} before ending. Without the property it does nothing and costs one boolean test
 * per paint.
 */
public final class StartupProbe {
    private static final String MODE = System.getProperty("journeyboard.startupProbe");
    private static final boolean ENABLED = MODE != null;
    private static final boolean UNTIL_EDITOR = "editor".equals(MODE);
    private static boolean fired;
    private static boolean editorFired;
    private static boolean mapReported;
    private static boolean editorReported;

    private StartupProbe() {
    }

    /** Called on the FX thread right after drawing commands for a map were issued. */
    public static void mapPainted() {
        if (!ENABLED || fired) {
            return;
        }
        fired = true;
        // the commands only reach pixels once a frame with them is rendered (OnScreen's two-pulse rule)
        OnScreen.then(() -> {
            mapReported = true;
            report("first-paint", !UNTIL_EDITOR || editorReported);
        });
    }

    /** Called on the FX thread right after the window's menus, toolbar and panels were put in the scene. */
    public static void editorShown() {
        if (!UNTIL_EDITOR || editorFired) {
            return;
        }
        editorFired = true;
        OnScreen.then(() -> {
            editorReported = true;
            report("editor-ready", mapReported);
        });
    }

    private static void report(String what, boolean end) {
        long now = System.currentTimeMillis();
        // the JVM's own start time is exact to the millisecond; a process start instant is rounded to the second
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + (now - start));
        System.out.flush();
        if (end) {
            System.exit(0);
        }
    }
}
