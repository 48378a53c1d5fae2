package org.journeyboard.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.ui.text.Texts;

/** The window's texts in the system language (German or English), from the ui resource bundles. */
public final class Messages {
    private static final String BUNDLE = "org.journeyboard.ui.messages";

    private final Texts texts;

    public Messages(Locale locale) {
        this.texts = new Texts(BUNDLE, locale);
    }

    /** Texts in the system's language. */
    public static Messages forSystemLocale() {
        return new Messages(Locale.getDefault());
    }

    /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The language of these texts. */
    public Locale locale() {
        return texts.locale();
    }

    /** The bundle itself (for tests that compare languages). */
    public ResourceBundle bundle() {
        return texts.bundle();
    }
}
