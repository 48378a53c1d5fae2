package org.journeyboard.insights;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeyboard.model.Language;

/**
 * A KPI value as people write it, in German or English: "3 %", "2,1 %", "1.200", "1 Mio. Kontakte", "€1,800",
 * "+52", "unter 10 %", "at least 4.5 stars". The number, what it counts (its unit, without a multiplier such as Mio.
 * or k) and, for a target, whether less is the goal ("unter", "höchstens", "max.", "below", "at most", "<", "≤").
 */
public record KpiNumber(double value, String unit, boolean lessIsBetter) {
    private static final List<String> AT_MOST = List.of("<=", "≤", "<", "unter", "höchstens", "maximal", "max.", "max",
            "bis zu", "bis", "weniger als", "below", "under", "at most", "less than", "up to");
    private static final List<String> AT_LEAST = List.of(">=", "≥", ">", "über", "mindestens", "minimal", "min.", "min",
            "mehr als", "above", "over", "at least", "more than");
    private static final Pattern NUMBER = Pattern.compile(
            "^([^0-9+\\-−.,]*?)\\s*([+\\-−]?)\\s*([0-9][0-9.,\\u00a0\\u202f' ]*[0-9]|[0-9])\\s*(.*)$");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "^(mio\\.?|millionen|million|millions|mrd\\.?|milliarden|billion|billions|bn|tsd\\.?|tausend|thousand|k)(?![\\p{L}])\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The value written in {@code text}; the map's language decides "1.200" and "1,200" (one separator, three digits). */
    public static Optional<KpiNumber> parse(String text, Language language) {
        String rest = text == null ? "" : text.strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean less = false;
        for (String word : AT_MOST) {
            if (lower.startsWith(word)) {
                less = true;
                rest = rest.substring(word.length()).strip();
                break;
            }
        }
        if (!less) {
            for (String word : AT_LEAST) {
                if (lower.startsWith(word)) {
                    rest = rest.substring(word.length()).strip();
                    break;
                }
            }
        }
        Matcher m = NUMBER.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1).strip();
        if (!prefix.isEmpty() && prefix.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty(); // "ca. 5" or "Q3 2026": not a plain value
        }
        Double number = digits(m.group(3), language);
        if (number == null) {
            return Optional.empty();
        }
        double value = m.group(2).isEmpty() || m.group(2).equals("+") ? number : -number;
        String unit = m.group(4).strip();
        Matcher mult = MULTIPLIER.matcher(unit);
        if (mult.matches()) {
            value *= factor(mult.group(1).toLowerCase(Locale.ROOT));
            unit = mult.group(2).strip();
        }
        return Optional.of(new KpiNumber(value, unitName(prefix + unit), less));
    }

    private static Double digits(String written, Language language) {
        String s = written.replaceAll("[\\u00a0\\u202f' ]", "");
        int dots = count(s, '.');
        int commas = count(s, ',');
        String decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? "." : ",";
        } else if (dots + commas == 0) {
            decimal = null;
        } else {
            char sep = dots > 0 ? '.' : ',';
            int after = s.length() - s.lastIndexOf(sep) - 1;
            if (dots + commas > 1) {
                decimal = null; // "1.200.000": grouping only
            } else if (after != 3) {
                decimal = String.valueOf(sep);
            } else {
                // "1.200" is 1200 in German and 1.2 in English; "1,200" the other way round
                boolean german = language == Language.DE;
                decimal = (sep == ',') == german ? String.valueOf(sep) : null;
            }
        }
        String grouping = decimal == null ? "[.,]" : (decimal.equals(".") ? "," : "\\.");
        String plain = s.replaceAll(grouping, "");
        if (decimal != null) {
            if (count(plain, decimal.charAt(0)) > 1) {
                return null;
            }
            plain = plain.replace(decimal, ".");
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double factor(String multiplier) {
        if (multiplier.startsWith("mio") || multiplier.startsWith("million")) {
            return 1e6;
        }
        if (multiplier.startsWith("mrd") || multiplier.startsWith("milliarde") || multiplier.startsWith("billion")
                || multiplier.equals("bn")) {
            return 1e9;
        }
        return 1e3;
    }

    /** What the number counts, so that "3 %" and "2,1 Prozent" compare and "3 %" and "3 €" do not. */
    private static String unitName(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (u) {
            case "prozent", "percent", "per cent", "pct", "pct." -> "%";
            case "eur", "euro", "euros" -> "€";
            case "stern" -> "sterne";
            case "star" -> "stars";
            default -> u;
        };
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
