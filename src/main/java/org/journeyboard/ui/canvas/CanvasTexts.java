package org.journeyboard.ui.canvas;

import java.util.Locale;
import org.journeyboard.ui.text.Texts;

/** The map canvas's own texts (German or English). */
public final class CanvasTexts {
    private static final String BUNDLE = "org.journeyboard.ui.canvas.canvas";

    private CanvasTexts() {
    }

    /** The text for {@code key} in {@code locale} (English unless German), with {0}, {1}… replaced by {@code args}. */
    public static String get(Locale locale, String key, Object... args) {
        return new Texts(BUNDLE, locale).get(key, args);
    }
}
