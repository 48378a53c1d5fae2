package org.journeyboard.ui;

import javafx.animation.AnimationTimer;

/**
 * The rule for "what was just drawn is on screen": drawing commands issued now reach pixels when the next pulse has
 * synchronised and rendered the scene, and a pulse starts only after the previous one finished rendering, so the
 * second pulse from now sees the frame done. The start-up probe and the window's late chrome both count this way.
 */
public final class OnScreen {
    private OnScreen() {
    }

    /** Runs {@code action} on the FX thread in the second pulse from now, when the current drawing is on screen. */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
