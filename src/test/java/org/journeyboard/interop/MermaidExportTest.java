package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;
import org.junit.jupiter.api.Test;

/** Which cards become tasks, where their scores and actors come from, and how awkward text is written. */
class MermaidExportTest {
    private static final Phase KAUF = new Phase("phase-kauf", "Kauf: „Kasse“", null);
    private static final Phase NACH = new Phase("phase-nach", "Nach dem Kauf", null);
    private static final Lane TOUCH = new Lane("lane-t", LaneKind.TOUCHPOINTS, "Berührungspunkte");
    private static final Lane ACTIONS = new Lane("lane-a", LaneKind.ACTIONS, "Handlungen");

    private static JourneyMap map(List<Card> cards, List<EmotionCurve> curves) {
        return JourneyMap.empty("Einbruch; was nun?", Language.DE, Instant.EPOCH)
                .withPhases(List.of(KAUF, NACH)).withLanes(List.of(TOUCH, ACTIONS)).withCards(cards)
                .withPersonas(List.of(new Persona("p-anna", "Anna, 42", ""), new Persona("p-ben", "Ben", "")))
                .withCurves(curves);
    }

    @Test
    void scoresComeFromTheCardThenItsPointsThenTheNearestPointThenThree() {
        List<Card> cards = List.of(
                Card.of("c1", KAUF.id(), ACTIONS.id(), 0, CardKind.ACTION, "Zahlart wählen").withEmotion(-2),
                Card.of("c2", KAUF.id(), ACTIONS.id(), 1, CardKind.ACTION, "PLZ eingeben"),
                Card.of("c3", KAUF.id(), ACTIONS.id(), 2, CardKind.ACTION, "Bestätigung 😀"),
                Card.of("c4", NACH.id(), ACTIONS.id(), 0, CardKind.ACTION, "Warten"),
                Card.touchpoint("t1", KAUF.id(), TOUCH.id(), 0, TouchpointType.CUSTOM, "Webshop"));
        List<EmotionCurve> curves = List.of(
                new EmotionCurve("k-anna", "Anna", null, "p-anna", List.of(
                        new CurvePoint("a1", KAUF.id(), 0.5, -1, ""), new CurvePoint("a2", KAUF.id(), 0.9, 2, ""))),
                new EmotionCurve("k-ben", "Ben", null, "p-ben", List.of(new CurvePoint("b1", KAUF.id(), 0.1, 1, ""))));
        String text = MermaidExport.text(map(cards, curves));
        assertThat(text).isEqualTo("""
                journey
                    title Einbruch#59; was nun?
                    section Kauf#58; „Kasse“
                      Zahlart wählen: 1: Ben
                      PLZ eingeben: 2: Anna#44; 42
                      Bestätigung 😀: 5: Anna#44; 42
                    section Nach dem Kauf
                      Warten: 3
                """);
    }

    @Test
    void withoutActionCardsTheTouchpointsAreTheTasks() {
        List<Card> cards = List.of(Card.touchpoint("t1", KAUF.id(), TOUCH.id(), 0, TouchpointType.CUSTOM, "Webshop #1"),
                Card.touchpoint("t2", NACH.id(), TOUCH.id(), 0, TouchpointType.CUSTOM, "Hotline: 0800"));
        List<EmotionCurve> curves = List.of(new EmotionCurve("k-anna", "Anna", null, "p-anna",
                List.of(new CurvePoint("a1", NACH.id(), 0.2, -2, ""))));
        assertThat(MermaidExport.text(map(cards, curves))).contains("      Webshop #35;1: 3\n")
                .contains("      Hotline#58; 0800: 1: Anna#44; 42\n");
    }

    @Test
    void keywordsAtTheStartOfATaskAndBlankNamesAreWrittenSoThatMermaidReadsThemBack() throws Exception {
        Phase blank = new Phase("phase-0", "", null);
        Phase blankLater = new Phase("phase-2", "  ", null);
        JourneyMap map = JourneyMap.empty("", Language.DE, Instant.EPOCH)
                .withDescription("Zeile eins\n  Zeile zwei mit } und ;")
                .withPhases(List.of(blank, KAUF, blankLater)).withLanes(List.of(ACTIONS))
                .withCards(List.of(Card.of("c1", blank.id(), ACTIONS.id(), 0, CardKind.ACTION, "title anlegen"),
                        Card.of("c2", KAUF.id(), ACTIONS.id(), 0, CardKind.ACTION, "Section wählen"),
                        Card.of("c3", KAUF.id(), ACTIONS.id(), 1, CardKind.ACTION, "accDescr"),
                        Card.of("c4", KAUF.id(), ACTIONS.id(), 2, CardKind.ACTION, "journey planen"),
                        Card.of("c5", blankLater.id(), ACTIONS.id(), 0, CardKind.ACTION, "")));
        String text = MermaidExport.text(map);
        assertThat(text).startsWith("journey\n    accDescr {\n        Zeile eins\n          Zeile zwei mit #125; und #59;\n    }\n"
                + "    #116;itle anlegen: 3\n    section Kauf#58; „Kasse“\n      #83;ection wählen: 3\n      #97;ccDescr: 3\n"
                + "      #106;ourney planen: 3\n    section #32;\n      #32;: 3\n");
        JourneyMap back = MermaidImport.read(text, "", "x", Language.DE, Locale.GERMAN, Instant.EPOCH).map();
        assertThat(back.phases()).extracting(Phase::name).containsExactly("", "Kauf: „Kasse“", "");
        assertThat(back.cards()).extracting(Card::title)
                .containsExactly("title anlegen", "Section wählen", "accDescr", "journey planen", "");
        assertThat(back.description()).isEqualTo("Zeile eins\nZeile zwei mit } und ;");
    }
}
