package org.journeyboard.ui.palette;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The palette's own texts in German or English (bundle palette.properties / palette_de.properties). */
final class PaletteTexts {
    static final String BUNDLE = "org.journeyboard.ui.palette.palette";

    private final ResourceBundle bundle;
    private final Locale locale;

    PaletteTexts(Locale locale) {
        this.locale = locale;
        // no fallback to the system locale: an English palette on a German machine must stay English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
