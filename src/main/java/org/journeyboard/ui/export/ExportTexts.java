package org.journeyboard.ui.export;

import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.ui.text.Texts;

/** The Export and Print dialogs' texts in German or English, from this package's own resource bundle. */
public final class ExportTexts {
    private static final String BUNDLE = "org.journeyboard.ui.export.exportui";

    private final Texts texts;

    public ExportTexts(Locale locale) {
        this.texts = new Texts(BUNDLE, locale);
    }

    public static ExportTexts forSystemLocale() {
        return new ExportTexts(Locale.getDefault());
    }

    /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    public Locale locale() {
        return texts.locale();
    }

    /** The bundle itself (for tests that compare languages). */
    public ResourceBundle bundle() {
        return texts.bundle();
    }
}
