package org.journeyboard.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's texts in the system language (German or English), from the ui resource bundles. */
public final class Messages {
    private static final String BUNDLE = "org.journeyboard.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the system locale: asking for English must give English even on a German system
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Texts in the system's language. */
    public static Messages forSystemLocale() {
        return new Messages(Locale.getDefault());
    }

    /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** The bundle itself (for tests that compare languages). */
    public ResourceBundle bundle() {
        return bundle;
    }
}
