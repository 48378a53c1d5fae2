package org.journeyboard.ui.inspector;

import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.ui.text.Texts;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;

/** The inspector's texts (inspector.properties / inspector_de.properties) and the model's labels, in one language. */
final class InspectorTexts {
    static final String BUNDLE = "org.journeyboard.ui.inspector.inspector";

    private final Texts texts;
    private final Labels labels;

    InspectorTexts(Locale locale) {
        Language language = "de".equals(locale.getLanguage()) ? Language.DE : Language.EN;
        this.texts = new Texts(BUNDLE, language.locale());
        this.labels = Labels.of(language);
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    Labels labels() {
        return labels;
    }

    ResourceBundle bundle() {
        return texts.bundle();
    }
}
