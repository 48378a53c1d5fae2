package org.journeyboard.model.templates;

import java.util.List;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;

/** The persona of the security-system samples: a homeowner who found marks of an attempted break-in. */
final class Homeowner {
    static final String ID = "persona-homeowner";

    private Homeowner() {
    }

    static Persona of(Language language) {
        return language == Language.DE ? german() : english();
    }

    private static Persona german() {
        return new Persona(ID, "Sabine Krüger",
                "44 Jahre, Grundschullehrerin, wohnt mit Mann und zwei Kindern im eigenen Reihenhaus am Stadtrand. "
                        + "Hat Spuren eines Einbruchsversuchs an der Haustür gefunden.",
                List.of("Das Zuhause wirksam gegen Einbruch schützen",
                        "Wieder ruhig schlafen können",
                        "Eine Lösung, die die ganze Familie bedienen kann"),
                List.of("Verständliche Beratung ohne Fachchinesisch",
                        "Feste Liefer- und Montagetermine",
                        "Ein erreichbarer Service, wenn etwas nicht funktioniert",
                        "Bezahlung auf Rechnung"),
                List.of("Unübersichtliche Angebote mit vielen Varianten",
                        "Warteschleifen und Hotlines, die nicht weiterhelfen",
                        "Werbung, die nicht zum eigenen Bedarf passt"),
                null, null);
    }

    private static Persona english() {
        return new Persona(ID, "Sarah Miller",
                "44, primary school teacher, lives with her husband and two children in their own terraced house "
                        + "on the edge of town. Has found marks of an attempted break-in at the front door.",
                List.of("Protect the home effectively against burglary",
                        "Sleep peacefully again",
                        "A solution the whole family can operate"),
                List.of("Clear advice without jargon",
                        "Fixed delivery and installation dates",
                        "A service that answers when something does not work",
                        "Paying by invoice"),
                List.of("Confusing offers with many variants",
                        "Waiting loops and hotlines that do not help",
                        "Ads that do not match what they need"),
                null, null);
    }
}
