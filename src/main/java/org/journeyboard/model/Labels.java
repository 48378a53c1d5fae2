package org.journeyboard.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The names users read for the model's enums (lane kinds, card kinds, touchpoint types, …) in German or English. */
public final class Labels {
    /** Base name of the bundles; labels.properties is English, labels_de.properties German. */
    public static final String BUNDLE = "org.journeyboard.model.labels";

    private static final Map<Language, Labels> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The labels in the given language. */
    public static synchronized Labels of(Language language) {
        return CACHE.computeIfAbsent(language, l -> new Labels(l, bundle(BUNDLE, l)));
    }

    /**
     * Loads a bundle for a language without falling back to the JVM's default locale: on a German machine an
     * English map must still get the English (base) bundle, not the German one.
     */
    public static ResourceBundle bundle(String baseName, Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String laneKind(LaneKind kind) {
        return text("laneKind." + kind.code());
    }

    public String cardKind(CardKind kind) {
        return text("cardKind." + kind.code());
    }

    public String touchpointType(TouchpointType type) {
        return text("touchpointType." + type.code());
    }

    public String reach(Reach reach) {
        return text("reach." + reach.name().toLowerCase(Locale.ROOT));
    }

    public String channel(Channel channel) {
        return text("channel." + channel.name().toLowerCase(Locale.ROOT));
    }

    /** The name of a language in this labels' language, e.g. "Englisch" for EN in German. */
    public String languageName(Language other) {
        return text("language." + other.code());
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing label is a packaging bug; showing the key keeps the UI usable and the bug visible.
            return key;
        }
    }
}
