package org.journeyboard.ui.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The editor view-model's own texts (German or English). */
final class EditorTexts {
    private static final String BUNDLE = "org.journeyboard.ui.editor.editor";

    private EditorTexts() {
    }

    static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
