package org.journeyboard.ui.editor;

import java.util.Locale;
import org.journeyboard.ui.text.Texts;

/** The editor view-model's own texts (German or English). */
final class EditorTexts {
    private static final String BUNDLE = "org.journeyboard.ui.editor.editor";

    private EditorTexts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return new Texts(BUNDLE, locale).get(key, args);
    }
}
