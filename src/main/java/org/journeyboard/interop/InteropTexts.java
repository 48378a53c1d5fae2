package org.journeyboard.interop;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The messages of the importers in German and English, from the interop bundle. */
final class InteropTexts {
    static final String BUNDLE = "org.journeyboard.interop.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    InteropTexts(Locale locale) {
        this.locale = locale == null ? Locale.getDefault() : locale;
        // as io's messages: an unknown language gets the English base bundle, not the machine's default
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
