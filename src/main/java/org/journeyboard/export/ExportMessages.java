package org.journeyboard.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What export options say when they are wrong (an unknown paper, a picture too large), in the user's language:
 * these sentences reach the export dialog and the command line. The words printed on pages are {@link ExportTexts}.
 */
public final class ExportMessages {
    /** Base name of the bundles; messages.properties is English, messages_de.properties German. */
    public static final String BUNDLE = "org.journeyboard.export.messages";

    private ExportMessages() {
    }

    /** The sentence of {@code key} in the default locale, with {0}, {1}, … filled in. */
    public static String text(String key, Object... args) {
        Locale locale = Locale.getDefault();
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(args);
    }

    /** An IllegalArgumentException saying {@code key}, for a value a user chose. */
    static IllegalArgumentException wrong(String key, Object... args) {
        return new IllegalArgumentException(text(key, args));
    }
}
