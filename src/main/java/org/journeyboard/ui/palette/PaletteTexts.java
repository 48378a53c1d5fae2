package org.journeyboard.ui.palette;

import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.ui.text.Texts;

/** The palette's own texts in German or English (bundle palette.properties / palette_de.properties). */
final class PaletteTexts {
    static final String BUNDLE = "org.journeyboard.ui.palette.palette";

    private final Texts texts;

    PaletteTexts(Locale locale) {
        this.texts = new Texts(BUNDLE, locale);
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    ResourceBundle bundle() {
        return texts.bundle();
    }
}
