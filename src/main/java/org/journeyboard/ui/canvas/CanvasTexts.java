package org.journeyboard.ui.canvas;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The map canvas's own texts (German or English). */
public final class CanvasTexts {
    private static final String BUNDLE = "org.journeyboard.ui.canvas.canvas";

    private CanvasTexts() {
    }

    /** The text for {@code key} in {@code locale} (English unless German), with {0}, {1}… replaced by {@code args}. */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
