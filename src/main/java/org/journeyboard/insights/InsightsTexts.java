package org.journeyboard.insights;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The names of the figures in German and English, for the command line, the insights page and the panel alike. */
public final class InsightsTexts {
    private final Locale locale;
    private final ResourceBundle bundle;

    public InsightsTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.journeyboard.insights.insights", locale);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String quadrant(Quadrant q) {
        return get(q == null ? "quadrant.unrated" : "quadrant." + q.code());
    }

    public String status(KpiStatus s) {
        return get("kpi." + s.code());
    }

    /** A mean or score as people read it: "-0,5" in German, "+1.33" with a sign, at most two decimals. */
    public String score(double value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("+0.##;-0.##",
                java.text.DecimalFormatSymbols.getInstance(locale));
        return value == 0 ? "0" : f.format(value);
    }

    /** A point's label in quotes after a space, or nothing for a point without a label. */
    public String label(String label) {
        return label == null || label.isBlank() ? "" : get("label", label);
    }

    public Locale locale() {
        return locale;
    }
}
