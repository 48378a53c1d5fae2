package org.journeyboard.export;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;

/** The words printed on exported pages (headers, legend, stamps, appendix) in German or English. */
public final class ExportTexts {
    /** Base name of the bundles; export.properties is English, export_de.properties German. */
    public static final String BUNDLE = "org.journeyboard.export.export";

    private final Language language;
    private final ResourceBundle bundle;

    private ExportTexts(Language language) {
        this.language = language;
        this.bundle = Labels.bundle(BUNDLE, language);
    }

    public static ExportTexts of(Language language) {
        return new ExportTexts(language);
    }

    public Language language() {
        return language;
    }

    /** The enum labels (lane kinds, touchpoint types, …) in the same language. */
    public Labels labels() {
        return Labels.of(language);
    }

    /** The text of {@code key} with {@code args} filled in ({0}, {1}, …). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing text is a packaging bug; printing the key keeps the export going and the bug visible
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(args);
    }

    /** A date as readers of this language write it: "2. März 2026" or "2 March 2026". */
    public String date(Instant instant) {
        String pattern = language == Language.DE ? "d. MMMM yyyy" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, language.locale()).withZone(ZoneOffset.UTC).format(instant);
    }
}
