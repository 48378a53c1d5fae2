package org.journeyboard.model.templates;

import static org.journeyboard.model.TouchpointType.DISPLAY_BANNER;
import static org.journeyboard.model.TouchpointType.HOTLINE;
import static org.journeyboard.model.TouchpointType.NEWSLETTER;
import static org.journeyboard.model.TouchpointType.RATING_PORTAL;
import static org.journeyboard.model.TouchpointType.SOCIAL_MEDIA;
import static org.journeyboard.model.TouchpointType.TV_RADIO;
import static org.journeyboard.model.TouchpointType.WEBSITE;
import static org.journeyboard.model.TouchpointType.WEB_SHOP;
import static org.journeyboard.model.TouchpointType.WORD_OF_MOUTH;

import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;

/**
 * The good security-system journey: the provider gets every phase right and the customer ends up recommending it.
 * German and English texts stand side by side so that both samples keep exactly the same structure.
 */
final class GoodJourney {
    private final Language language;

    private GoodJourney(Language language) {
        this.language = language;
    }

    static JourneyMap build(Language language) {
        return new GoodJourney(language).map();
    }

    private String t(String german, String english) {
        return language == Language.DE ? german : english;
    }

    private JourneyMap map() {
        SampleBuilder b = new SampleBuilder(language, Samples.TIME, Samples.AUTHOR,
                t("Sicherheitstechnik nach dem Einbruchsversuch – guter Verlauf",
                        "Security system after an attempted break-in – good case"),
                t("Beispiel: Sabine Krüger findet Einbruchsspuren an ihrer Haustür und sucht mehr Sicherheit. Der "
                                + "Anbieter macht in jeder Phase vieles richtig – die Emotionskurve steigt bis zur "
                                + "Begeisterung und Weiterempfehlung.",
                        "Example: Sarah Miller finds marks of an attempted break-in at her front door and wants more "
                                + "security. The provider gets every phase right – the emotion curve rises to "
                                + "delight and advocacy."))
                .persona(Homeowner.of(language));
        kpis(b);
        beforeTheContract(b);
        purchaseAndAfter(b);
        curve(b);
        return b.build("curve-homeowner", t("Emotionskurve Sabine Krüger", "Emotion curve Sarah Miller"),
                Colour.parse("#1F6FB2"));
    }

    private void kpis(SampleBuilder b) {
        b.kpi("awareness", t("Reichweite der Kampagne", "Campaign reach"),
                        t("1 Mio. Kontakte", "1 million contacts"), t("1,2 Mio. Kontakte", "1.2 million contacts"))
                .kpi("consideration", t("Besuche der Produktseiten", "Product page visits"),
                        t("20.000 pro Monat", "20,000 a month"), t("23.500 pro Monat", "23,500 a month"))
                .kpi("purchase", t("Conversion-Rate", "Conversion rate"), "3 %", t("3,4 %", "3.4 %"))
                .kpi("purchase", t("Checkout-Abbrüche", "Checkout abandonment"), t("unter 20 %", "below 20 %"), "18 %")
                .kpi("retention", t("Kundenzufriedenheit (CSAT)", "Customer satisfaction (CSAT)"),
                        t("4,5 von 5", "4.5 of 5"), t("4,7 von 5", "4.7 of 5"))
                .kpi("loyalty", t("Weiterempfehlungsrate (NPS)", "Net promoter score (NPS)"), "+40", "+52")
                .kpi("loyalty", "Customer Lifetime Value (CLV)", t("1.800 €", "€1,800"), t("2.100 €", "€2,100"));
    }

    private void beforeTheContract(SampleBuilder b) {
        b.action("pre-awareness", "break-in-marks",
                        t("Entdeckt Hebelspuren an der Haustür", "Finds pry marks on the front door")).emotion(-2)
                .notes(t("Der Einbruch ist gescheitert, das Sicherheitsgefühl ist trotzdem weg.",
                        "The break-in failed, but the feeling of safety is gone anyway."))
                .thought("pre-awareness", "what-if", t("Was, wenn sie wiederkommen, während wir schlafen?",
                        "What if they come back while we are asleep?")).emotion(-2)
                .touchpoint("pre-awareness", "neighbours-talk", WORD_OF_MOUTH,
                        t("Nachbarn erzählen von weiteren Einbrüchen in der Straße",
                                "Neighbours tell of more break-ins in the street"))
                .note("pre-awareness", "trigger", t("Auslöser: Der Bedarf entsteht, bevor ein Anbieter bekannt ist.",
                        "Trigger: the need arises before any provider is known."));

        b.touchpoint("awareness", "tv-spot", TV_RADIO,
                        t("TV-Spot eines Sicherheitsanbieters am Abend", "Evening TV ad of a security provider"))
                .emotion(0)
                .touchpoint("awareness", "news-banner", DISPLAY_BANNER,
                        t("Banner auf der Nachrichtenseite: „Sicher zu Hause in 48 Stunden“",
                                "Banner on a news site: “Safe at home in 48 hours”"))
                .touchpoint("awareness", "social-ad", SOCIAL_MEDIA,
                        t("Social-Media-Anzeige mit Video zur Alarmanlage",
                                "Social media ad with a video of the alarm system")).emotion(1)
                .thought("awareness", "app-control", t("Eine Alarmanlage, die ich per App steuere? Klingt gut.",
                        "An alarm system I control from an app? Sounds good."))
                .backstage("awareness", "campaign",
                        t("Marketing steuert die Crossmedia-Kampagne (TV, Banner, Social Media)",
                                "Marketing runs the cross-media campaign (TV, banners, social media)"));

        b.touchpoint("consideration", "product-pages", WEBSITE,
                        t("Produktseiten mit klarer Paketübersicht und Preisen",
                                "Product pages with a clear overview of packages and prices")).emotion(1)
                .touchpoint("consideration", "reviews", RATING_PORTAL,
                        t("Liest Testberichte und Bewertungen auf einem Vergleichsportal",
                                "Reads tests and reviews on a comparison portal"))
                .action("consideration", "compare", t("Vergleicht drei Anbieter nach Preis, Funktionen und Service",
                        "Compares three providers by price, features and service"))
                .thought("consideration", "which-system", t("Funk oder Kabel? Und was kostet die Montage?",
                        "Wireless or wired? And what does installation cost?"))
                .painPoint("consideration", "jargon",
                        t("Fachbegriffe wie VdS-Klasse oder Funkreichweite sind schwer verständlich",
                                "Jargon such as VdS class or radio range is hard to follow"), 2)
                .opportunity("consideration", "guide",
                        t("Online-Ratgeber „Welches System passt zu meinem Haus?“",
                                "Online guide “Which system suits my home?”"), 4, 2);

        b.touchpoint("preference", "advice-call", HOTLINE,
                        t("Ruft an und wird kompetent und geduldig beraten", "Calls and gets competent, patient advice"))
                .emotion(2)
                .touchpoint("preference", "offer-mail", NEWSLETTER,
                        t("Individuelles Angebot per E-Mail am nächsten Tag", "Individual offer by e-mail the next day"))
                .action("preference", "request-offer", t("Stellt Fragen zur Montage und fordert ein Angebot an",
                        "Asks about installation and requests an offer"))
                .thought("preference", "trust", t("Die nehmen sich Zeit für mich – das fühlt sich sicher an.",
                        "They take time for me – that feels safe.")).emotion(2)
                .backstage("preference", "offer-in-24h", t("Der Vertrieb schickt Angebote innerhalb von 24 Stunden",
                        "Sales sends offers within 24 hours"))
                .opportunity("preference", "local-testimonials", t("Kundenstimmen aus der Region auf der Angebotsseite",
                        "Testimonials from the region on the offer page"), 3, 1);
    }

    private void purchaseAndAfter(SampleBuilder b) {
        b.touchpoint("purchase", "checkout", WEB_SHOP,
                        t("Bestellt im Shop: übersichtlicher Checkout, Kauf auf Rechnung möglich",
                                "Orders in the web shop: a clear checkout, paying by invoice is possible")).emotion(1)
                .notes(t("Tunneling: Im Bestellprozess lenkt nichts ab.", "Tunneling: nothing distracts during checkout."))
                .touchpoint("purchase", "thank-you", NEWSLETTER,
                        t("Danke-E-Mail mit allen Details sowie Liefer- und Montagetermin",
                                "Thank-you e-mail with all details and the delivery and installation dates")).emotion(2)
                .action("purchase", "orders", t("Schließt die Bestellung in wenigen Minuten ab",
                        "Completes the order in a few minutes"))
                .kpiCard("purchase", "abandonment", t("Checkout-Abbrüche 18 % (Ziel: unter 20 %)",
                        "Checkout abandonment 18 % (target: below 20 %)"))
                .backstage("purchase", "tracking",
                        t("Die Logistik bestätigt den Termin, die Sendungsverfolgung läuft automatisch",
                                "Logistics confirms the date; shipment tracking runs automatically"));

        b.touchpoint("retention", "documents", WEBSITE,
                        t("Wartungsunterlagen und verständliches FAQ im Kundenkonto",
                                "Maintenance documents and a clear FAQ in the customer account"))
                .action("retention", "camera-setup", t("Richtet die Kameras in der App ein und kommt nicht weiter",
                        "Sets up the cameras in the app and gets stuck")).emotion(-1)
                .touchpoint("retention", "hotline", HOTLINE,
                        t("Hilfsbereite Hotline löst das Kamera-Problem in zehn Minuten",
                                "A helpful hotline solves the camera problem in ten minutes")).emotion(2)
                .painPoint("retention", "camera-app", t("Die Kameraeinrichtung in der App ist nicht selbsterklärend",
                        "The camera setup in the app does not explain itself"), 3)
                .opportunity("retention", "setup-video", t("Videoanleitung zur Kameraeinrichtung direkt in der App",
                        "Video guide for the camera setup right in the app"), 4, 2)
                .thought("retention", "sleep", t("Endlich kann ich wieder ruhig schlafen.",
                        "At last I can sleep peacefully again.")).emotion(2);

        b.touchpoint("loyalty", "newsletter", NEWSLETTER,
                        t("Newsletter mit Sicherheitstipps und Erinnerung an die Wartung",
                                "Newsletter with security tips and a maintenance reminder"))
                .touchpoint("loyalty", "five-stars", RATING_PORTAL,
                        t("Schreibt eine Fünf-Sterne-Bewertung", "Writes a five-star review")).emotion(2)
                .touchpoint("loyalty", "tells-neighbour", WORD_OF_MOUTH,
                        t("Empfiehlt den Anbieter dem Nachbarn", "Recommends the provider to the neighbour")).emotion(2)
                .kpiCard("loyalty", "nps", t("Weiterempfehlungsrate (NPS): +52", "Net promoter score: +52"))
                .opportunity("loyalty", "referral-bonus", t("Empfehlungsprämie für Nachbarn, die ebenfalls bestellen",
                        "Referral bonus for neighbours who order too"), 4, 2)
                .note("loyalty", "clv", t("Hier entscheidet sich der CLV: Wartungsvertrag und Erweiterungen.",
                        "CLV is decided here: maintenance contract and extensions."));
    }

    private void curve(SampleBuilder b) {
        b.point("pre-awareness", 0.2, -1, "")
                .point("pre-awareness", 0.6, -2, t("Einbruchsspuren an der Tür", "Break-in marks on the door"))
                .point("awareness", 0.3, -1, "")
                .point("awareness", 0.75, 0, t("Werbung zeigt einen Ausweg", "Ads show a way out"))
                .point("consideration", 0.35, 0, "")
                .point("consideration", 0.8, 1, t("Gute Bewertungen", "Good reviews"))
                .point("preference", 0.3, 1, "")
                .point("preference", 0.7, 2, t("Kompetente Beratung am Telefon", "Competent advice on the phone"))
                .point("purchase", 0.3, 1, "")
                .point("purchase", 0.75, 2, t("Danke-Mail mit klaren Terminen", "Thank-you mail with clear dates"))
                .point("retention", 0.25, 1, "")
                .point("retention", 0.5, 0, t("Kameraeinrichtung hakt", "Camera setup gets stuck"))
                .point("retention", 0.8, 2, t("Hotline hilft sofort", "Hotline helps at once"))
                .point("loyalty", 0.35, 2, "")
                .point("loyalty", 0.8, 2, t("Empfiehlt begeistert weiter", "Recommends it with delight"));
    }
}
