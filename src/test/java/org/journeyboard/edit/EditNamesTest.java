package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;
import org.junit.jupiter.api.Test;

class EditNamesTest {
    private static final Locale GERMAN = Locale.GERMAN;

    /** One edit from every factory (and every name variant), so that a new factory without a name fails here. */
    static List<Edit> everyKindOfEdit() {
        List<String> one = List.of("a0");
        List<String> two = List.of("a0", "a1");
        Colour c = new Colour(1, 2, 3);
        return List.of(
                CardEdits.addCard(Card.of("n", "aware", "touch", 0, CardKind.NOTE, "")),
                CardEdits.moveCard("a0", "buy", "touch", 0), CardEdits.moveCards(two, "buy", "touch", 0),
                CardEdits.updateCard("a0", x -> x), CardEdits.setCardTitle("a0", ""), CardEdits.setCardNotes("a0", ""),
                CardEdits.setCardEmotion("a0", 1), CardEdits.addVote("a0"), CardEdits.removeVote("a0"),
                CardEdits.deleteCards(one), CardEdits.deleteCards(two),
                CardEdits.duplicateCards(one, List.of("x")), CardEdits.duplicateCards(two, List.of("x", "y")),
                CardEdits.pasteCards(List.of(Card.of("x", "p", "l", 0, CardKind.NOTE, "x"))),
                CardEdits.pasteCards(List.of(Card.of("x", "p", "l", 0, CardKind.NOTE, "x"),
                        Card.of("y", "p", "l", 1, CardKind.NOTE, "y"))),
                PhaseEdits.addPhase(new Phase("p", "", c), 0), PhaseEdits.renamePhase("buy", ""),
                PhaseEdits.setPhaseGoal("buy", ""), PhaseEdits.setPhaseStrategies("buy", List.of()),
                PhaseEdits.setPhaseKpis("buy", List.of()), PhaseEdits.setPhaseColour("buy", c),
                PhaseEdits.movePhase("buy", 0), PhaseEdits.resizePhase("buy", 10), PhaseEdits.deletePhase("buy"),
                LaneEdits.addLane(new Lane("l", LaneKind.NOTES, ""), 0), LaneEdits.renameLane("pain", ""),
                LaneEdits.setLaneKind("pain", LaneKind.NOTES), LaneEdits.moveLane("pain", 0),
                LaneEdits.resizeLane("pain", 10), LaneEdits.fitLaneToContent("pain"), LaneEdits.fitAllLanesToContent(),
                LaneEdits.setLaneHidden("pain", true),
                LaneEdits.setLaneHidden("pain", false), LaneEdits.deleteLane("pain"),
                CurveEdits.addCurve(new EmotionCurve("k", "", c, null, List.of())), CurveEdits.renameCurve("feel", ""),
                CurveEdits.recolourCurve("feel", c), CurveEdits.setCurvePersona("feel", null),
                CurveEdits.deleteCurve("feel"), CurveEdits.addCurvePoint("feel", new CurvePoint("q", "buy", 0, 0, "")),
                CurveEdits.moveCurvePoint("feel", "k1", "buy", 0, 0), CurveEdits.setCurvePointLabel("feel", "k1", ""),
                CurveEdits.deleteCurvePoint("feel", "k1"),
                PersonaEdits.addPersona(new Persona("b", "", ""), 0), PersonaEdits.updatePersona("anna", p -> p),
                PersonaEdits.setPersonaName("anna", ""), PersonaEdits.setPersonaRole("anna", ""),
                PersonaEdits.setPersonaGoals("anna", List.of()), PersonaEdits.setPersonaNeeds("anna", List.of()),
                PersonaEdits.setPersonaFrustrations("anna", List.of()), PersonaEdits.setPersonaPicture("anna", null),
                PersonaEdits.setPersonaPicture("anna", new Picture("image/png", new byte[1])),
                PersonaEdits.deletePersona("anna"),
                MapEdits.setTitle(""), MapEdits.setDescription(""), MapEdits.setAuthor(""),
                MapEdits.setLanguage(Language.DE));
    }

    @Test
    void everyEditHasAnEnglishAndAGermanName() {
        for (Edit edit : everyKindOfEdit()) {
            String english = EditNames.of(edit, Locale.ENGLISH);
            String german = EditNames.of(edit, GERMAN);
            assertThat(english).as("English name of %s", edit).isNotEqualTo(edit.nameKey()).isNotBlank();
            assertThat(german).as("German name of %s", edit).isNotEqualTo(edit.nameKey()).isNotEqualTo(english);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoUnusedOnes() {
        Set<String> english = EditNames.bundle(Locale.ENGLISH).keySet();
        ResourceBundle de = EditNames.bundle(GERMAN);
        // the files themselves: the German bundle would also answer with every English key
        assertThat(org.journeyboard.testing.BundleFiles.assertGermanAndEnglishAlike(EditNames.BUNDLE))
                .isEqualTo(english);
        assertThat(de.getLocale()).isEqualTo(GERMAN);

        Set<String> used = everyKindOfEdit().stream().map(Edit::nameKey).collect(Collectors.toSet());
        used.addAll(List.of("history.undo", "history.redo"));
        assertThat(english).isEqualTo(used);
    }

    @Test
    void namesReadNaturallyInBothLanguages() {
        Edit move = CardEdits.moveCard("a0", "buy", "touch", 0);
        assertThat(EditNames.of(move, Locale.ENGLISH)).isEqualTo("Move card");
        assertThat(EditNames.of(move, Locale.GERMANY)).isEqualTo("Karte verschieben");
        assertThat(EditNames.undo(move, Locale.ENGLISH)).isEqualTo("Undo Move card");
        assertThat(EditNames.redo(move, GERMAN)).isEqualTo("Wiederholen: Karte verschieben");
        assertThat(EditNames.undo(PhaseEdits.deletePhase("x"), GERMAN)).isEqualTo("Rückgängig: Phase löschen");
    }

    @Test
    void otherLocalesGetEnglishEvenOnAGermanMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Edit move = CardEdits.moveCard("a0", "buy", "touch", 0);
            assertThat(EditNames.of(move, Locale.ENGLISH)).isEqualTo("Move card");
            assertThat(EditNames.of(move, Locale.FRENCH)).isEqualTo("Move card");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void composedEditsCarryTheirOwnName() {
        Edit gesture = Edit.compose("edit.cards.move", CardEdits.moveCard("a0", "buy", "touch", 0));
        assertThat(EditNames.of(gesture, Locale.ENGLISH)).isEqualTo("Move cards");
        assertThat(EditNames.of(Edit.of("no.such.key", m -> m), Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
