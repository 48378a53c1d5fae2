package org.journeyboard.ui.inspector;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;

/** The inspector's texts (inspector.properties / inspector_de.properties) and the model's labels, in one language. */
final class InspectorTexts {
    static final String BUNDLE = "org.journeyboard.ui.inspector.inspector";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Labels labels;

    InspectorTexts(Locale locale) {
        Language language = "de".equals(locale.getLanguage()) ? Language.DE : Language.EN;
        this.locale = language.locale();
        // no fallback to the system locale: an English inspector on a German machine must stay English
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.labels = Labels.of(language);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    Labels labels() {
        return labels;
    }

    ResourceBundle bundle() {
        return bundle;
    }
}
