package org.journeyboard.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own messages in German and English. */
final class CliText {
    private CliText() {
    }

    static String get(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle("org.journeyboard.cli.cli", locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
