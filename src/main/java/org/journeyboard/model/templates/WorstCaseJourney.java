package org.journeyboard.model.templates;

import static org.journeyboard.model.TouchpointType.HOTLINE;
import static org.journeyboard.model.TouchpointType.NEWSLETTER;
import static org.journeyboard.model.TouchpointType.RATING_PORTAL;
import static org.journeyboard.model.TouchpointType.SEARCH_ENGINE;
import static org.journeyboard.model.TouchpointType.SOCIAL_MEDIA;
import static org.journeyboard.model.TouchpointType.WEBSITE;
import static org.journeyboard.model.TouchpointType.WEB_SHOP;
import static org.journeyboard.model.TouchpointType.WORD_OF_MOUTH;

import org.journeyboard.model.Channel;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/**
 * The worst case of the security-system journey (German): the same customer meets every classic weak point,
 * and the emotion curve dives at checkout and after the sale.
 */
final class WorstCaseJourney {
    private WorstCaseJourney() {
    }

    static JourneyMap build() {
        SampleBuilder b = new SampleBuilder(Language.DE, Samples.TIME, Samples.AUTHOR,
                "Sicherheitstechnik nach dem Einbruchsversuch – Worst Case",
                "Dieselbe Reise mit vielen Schwachstellen: Die Emotionskurve stürzt beim Kauf und im Nachkauf ab. "
                        + "Am Ende schreibt Sabine Krüger schlechte Bewertungen, und ihr Nachbar kauft woanders.")
                .persona(Homeowner.of(Language.DE));
        b.kpi("awareness", "Klickrate der Suchanzeigen", "4 %", "1,2 %")
                .kpi("purchase", "Conversion-Rate", "3 %", "0,9 %")
                .kpi("purchase", "Abbrüche bei der Zahlungsauswahl", "unter 10 %", "48 %")
                .kpi("retention", "Anrufe ohne Antwort", "unter 5 %", "41 %")
                .kpi("loyalty", "Durchschnittliche Bewertung", "4,5 Sterne", "1,8 Sterne");
        beforeTheContract(b);
        purchase(b);
        afterTheSale(b);
        curve(b);
        return b.build("curve-homeowner", "Emotionskurve Sabine Krüger", Colour.parse("#C0392B"));
    }

    private static void beforeTheContract(SampleBuilder b) {
        b.action("pre-awareness", "break-in-marks", "Entdeckt Hebelspuren an der Haustür").emotion(-2)
                .thought("pre-awareness", "what-if", "Was, wenn sie wiederkommen, während wir schlafen?").emotion(-2)
                .note("pre-awareness", "same-start", "Gleicher Start wie im guten Verlauf – ab hier trennen sich die Wege.");

        b.touchpoint("awareness", "search-ads", SEARCH_ENGINE,
                        "Sucht „Alarmanlage Haus“: Die Anzeigen führen zu Smart-Home-Angeboten").emotion(-1)
                .thought("awareness", "wrong-offers", "Ich will eine Alarmanlage, keine smarte Glühbirne.")
                .painPoint("awareness", "unsuitable-ads", "Suchanzeigen passen nicht zum Bedarf", 3)
                .backstage("awareness", "broad-keywords",
                        "Marketing bucht breite Smart-Home-Keywords statt „Einbruchschutz“");

        b.touchpoint("consideration", "landing-page", WEBSITE,
                        "Landingpage mit 10-%-Gutschein für die Newsletter-Anmeldung").emotion(1)
                .action("consideration", "takes-coupon", "Meldet sich zum Newsletter an und sichert sich den Gutschein")
                .thought("consideration", "bargain", "Zehn Prozent – das ist doch ein guter Anfang.");

        b.touchpoint("preference", "variants", WEB_SHOP, "Der Shop zeigt 14 Varianten des Alarmsets ohne Entscheidungshilfe")
                .emotion(-1)
                .thought("preference", "which-variant", "Welche Variante brauche ich denn nun?")
                .painPoint("preference", "too-many-variants", "Viele Varianten verwirren, keine Beratung erreichbar", 3)
                .opportunity("preference", "configurator", "Konfigurator mit drei Fragen statt einer Variantenliste", 4, 3);
    }

    private static void purchase(SampleBuilder b) {
        b.touchpoint("purchase", "checkout", WEB_SHOP, "Checkout: Kauf auf Rechnung fehlt, nur Vorkasse und Kreditkarte")
                .emotion(-2)
                .action("purchase", "third-try", "Versucht es dreimal und zahlt widerwillig per Vorkasse").emotion(-2)
                .painPoint("purchase", "payment-missing",
                        "Die bevorzugte Zahlungsart fehlt – rund die Hälfte der Käufer bricht hier ab", 5)
                .notes("Fehlende Zahlungsarten gehören zu den häufigsten Gründen für Kaufabbrüche.")
                .painPoint("purchase", "postcode-error", "Das PLZ-Feld meldet einen Fehler, obwohl die Eingabe stimmt", 4)
                .kpiCard("purchase", "payment-abandonment", "Abbrüche bei der Zahlungsauswahl: 48 %")
                .opportunity("purchase", "payment-options", "Kauf auf Rechnung und PayPal anbieten", 5, 2)
                .opportunity("purchase", "postcode-check", "PLZ tolerant prüfen und Fehler verständlich erklären", 4, 1);
    }

    private static void afterTheSale(SampleBuilder b) {
        b.painPoint("retention", "no-shipping-mail", "Keine Versandbestätigung, keine Sendungsverfolgung", 4)
                .touchpoint("retention", "wrong-number", WEBSITE, "Falsche Telefonnummer auf der Website – niemand geht ran")
                .emotion(-2)
                .touchpoint("retention", "general-faq", WEBSITE, "Das FAQ ist zu allgemein: nichts zu Lieferverzögerungen")
                .touchpoint("retention", "delay-post", SOCIAL_MEDIA,
                        "Erst ein Social-Media-Beitrag erklärt die Lieferverzögerung").emotion(-1)
                .action("retention", "partial-delivery", "Eine Teillieferung kommt an: Die Kameras fehlen").emotion(-2)
                .touchpoint("retention", "install-pdf",
                        new Touchpoint(TouchpointType.CUSTOM, "PDF-Anleitung", Reach.DIRECT, Channel.ONLINE),
                        "Die Installationshilfe ist ein allgemeines PDF für alle Modelle")
                .touchpoint("retention", "support", HOTLINE, "Der Support kann die Frage zur Montage nicht beantworten")
                .emotion(-2)
                .thought("retention", "regret", "Hätte ich doch woanders bestellt.")
                .backstage("retention", "stale-number", "Die Telefonnummer ist seit dem Umzug des Servicecenters veraltet")
                .backstage("retention", "no-order-access", "Der Support sieht weder Bestellstatus noch Liefertermine");

        b.touchpoint("loyalty", "coupon-mail", NEWSLETTER, "Gutschein-Mail, als wäre nichts gewesen").emotion(-1)
                .touchpoint("loyalty", "bad-reviews", RATING_PORTAL, "Schreibt schlechte Bewertungen auf zwei Portalen")
                .emotion(-2)
                .touchpoint("loyalty", "neighbour-elsewhere", WORD_OF_MOUTH,
                        "Rät dem Nachbarn ab – er kauft bei der Konkurrenz")
                .kpiCard("loyalty", "rating", "Die Durchschnittsbewertung fällt auf 1,8 Sterne")
                .opportunity("loyalty", "apology", "Persönlicher Anruf mit Entschuldigung und festem Ansprechpartner", 4, 2)
                .note("loyalty", "lesson", "Für den Unterricht: Vergleichen Sie die Kurve mit dem guten Verlauf. "
                        + "Wo hätte der Anbieter den Absturz verhindern können?");
    }

    private static void curve(SampleBuilder b) {
        b.point("pre-awareness", 0.2, -1, "")
                .point("pre-awareness", 0.6, -2, "Einbruchsspuren an der Tür")
                .point("awareness", 0.3, -1, "")
                .point("awareness", 0.75, -1, "Unpassende Suchanzeigen")
                .point("consideration", 0.35, 0, "")
                .point("consideration", 0.75, 1, "Gutschein gesichert")
                .point("preference", 0.3, 1, "")
                .point("preference", 0.75, 0, "Variantenchaos im Shop")
                .point("purchase", 0.25, -1, "")
                .point("purchase", 0.5, -2, "Zahlungsart fehlt")
                .point("purchase", 0.8, -2, "PLZ-Fehler im Formular")
                .point("retention", 0.2, -2, "Keine Versandbestätigung")
                .point("retention", 0.45, -2, "Niemand geht ans Telefon")
                .point("retention", 0.65, -1, "Social-Media-Beitrag erklärt Verzögerung")
                .point("retention", 0.85, -2, "Support weiß keine Antwort")
                .point("loyalty", 0.3, -1, "Gutschein-Mail")
                .point("loyalty", 0.75, -2, "Schlechte Bewertungen geschrieben");
    }
}
