package org.journeyboard.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;

/**
 * Measures start-up for the benchmark: when the system property {@code journeyboard.startupProbe} is set, the first
 * paint that shows a map prints {@code first-paint MS} (milliseconds since the JVM started) and ends the
 * program. Without the property it does nothing and costs one boolean test per paint.
 */
public final class StartupProbe {
    private static final boolean ENABLED = System.getProperty("journeyboard.startupProbe") != null;
    private static boolean fired;

    private StartupProbe() {
    }

    /** Called on the FX thread right after drawing commands for a map were issued. */
    public static void mapPainted() {
        if (!ENABLED || fired) {
            return;
        }
        fired = true;
        // the commands only reach pixels when the next pulse has synchronised and rendered the scene; a pulse
        // starts only after the previous one finished rendering, so the second pulse from now sees the frame done
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    report();
                }
            }
        }.start();
    }

    private static void report() {
        long now = System.currentTimeMillis();
        // the JVM's own start time is exact to the millisecond; a process start instant is rounded to the second
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-paint " + (now - start));
        System.out.flush();
        System.exit(0);
    }
}
