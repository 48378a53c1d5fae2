package org.journeyboard.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language a map is written in; decides template texts and labels on export. */
public enum Language {
    DE("de"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Parses "de" or "en" (any case); throws IllegalArgumentException naming the accepted codes. */
    public static Language ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        Locale locale = Locale.getDefault();
        String pattern = ResourceBundle.getBundle(Labels.BUNDLE, locale).getString("language.unknown");
        throw new IllegalArgumentException(new MessageFormat(pattern, locale).format(new Object[] {code}));
    }
}
