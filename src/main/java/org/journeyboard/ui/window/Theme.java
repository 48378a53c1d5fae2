package org.journeyboard.ui.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window's look: AtlantaFX Primer, light or dark (the map follows it on screen; exports and prints stay light). */
public enum Theme {
    LIGHT, DARK;

    /** Makes this the look of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** Parses a stored name; anything unknown is light. */
    public static Theme ofName(String name) {
        return "DARK".equals(name) ? DARK : LIGHT;
    }
}
