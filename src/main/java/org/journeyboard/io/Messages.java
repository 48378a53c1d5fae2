package org.journeyboard.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of file problems, in English and German, from the io message bundle. */
final class Messages {
    static final String BUNDLE = "org.journeyboard.io.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    Messages(Locale locale) {
        this.locale = locale == null ? Locale.getDefault() : locale;
        // no fallback to the default locale: an unknown language gets the English base bundle
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
