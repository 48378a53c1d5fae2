package org.journeyboard.ui.window;

import java.util.ResourceBundle;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;

/** A template's title and description as the templates themselves word them, in a language. */
final class TemplateNames {
    private TemplateNames() {
    }

    static String title(TemplateKind kind, Language language) {
        return bundle(language).getString(kind.code() + ".title");
    }

    static String description(TemplateKind kind, Language language) {
        return bundle(language).getString(kind.code() + ".description");
    }

    private static ResourceBundle bundle(Language language) {
        return Labels.bundle(Templates.BUNDLE, language);
    }
}
