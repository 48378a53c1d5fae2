package org.journeyboard.edit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The names users see for edits, in German or English, e.g. for the menu items "Undo Move card" / "Rückgängig: Karte verschieben". */
public final class EditNames {
    static final String BUNDLE = "org.journeyboard.edit.edits";

    private EditNames() {
    }

    /** The user-visible name of {@code edit}, e.g. "Move card"; English for any locale but German. */
    public static String of(Edit edit, Locale locale) {
        return text(edit.nameKey(), locale);
    }

    /** The text of an undo menu item naming {@code edit}, e.g. "Undo Move card". */
    public static String undo(Edit edit, Locale locale) {
        return MessageFormat.format(text("history.undo", locale), of(edit, locale));
    }

    /** The text of a redo menu item naming {@code edit}, e.g. "Redo Move card". */
    public static String redo(Edit edit, Locale locale) {
        return MessageFormat.format(text("history.redo", locale), of(edit, locale));
    }

    private static String text(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            // a missing name is a bug, but a menu showing the key is better than an editor that cannot undo
            return key;
        }
    }

    static ResourceBundle bundle(Locale locale) {
        // no fallback to the default locale: on a German machine an English user must still get English
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
