package org.journeyboard.ui.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One resource bundle of user-visible texts in one language, with {0}, {1}… filled in. No fallback to the system
 * locale: asking for English gives English even on a German system.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(String bundleBaseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleBaseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
