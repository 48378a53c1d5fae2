package org.journeyboard.ui.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Export and Print dialogs' texts in German or English, from this package's own resource bundle. */
public final class ExportTexts {
    private static final String BUNDLE = "org.journeyboard.ui.export.exportui";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ExportTexts(Locale locale) {
        this.locale = locale;
        // no fallback to the system locale: asking for English must give English even on a German system
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ExportTexts forSystemLocale() {
        return new ExportTexts(Locale.getDefault());
    }

    /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle itself (for tests that compare languages). */
    public ResourceBundle bundle() {
        return bundle;
    }
}
