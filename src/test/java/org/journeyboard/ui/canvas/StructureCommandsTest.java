package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.journeyboard.io.MapValidator;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.StructureCommands;
import org.junit.jupiter.api.Test;

/** The view-model of phase, lane and curve commands, without a window. */
class StructureCommandsTest {
    private final MapDocument doc = StructureFixture.document();
    private final StructureCommands commands = new StructureCommands(doc);
    private final JourneyMap before = doc.map();

    private List<String> phaseIds() {
        return doc.map().phases().stream().map(Phase::id).toList();
    }

    private List<String> laneIds() {
        return doc.map().lanes().stream().map(Lane::id).toList();
    }

    @Test
    void addingAPhaseAfterAnotherSelectsANamedPhaseInAColourUnlikeItsNeighbours() {
        String id = commands.addPhaseAfter("aware");
        assertThat(phaseIds()).containsExactly("aware", id, "buy", "after");
        Phase added = doc.map().phase(id).orElseThrow();
        assertThat(added.name()).isEqualTo("New phase");
        assertThat(added.colour()).isNotEqualTo(before.phases().get(0).colour())
                .isNotEqualTo(before.phases().get(1).colour());
        assertThat(doc.selection()).isEqualTo(new Selection.PhaseSelected(id));
        assertThat(MapValidator.validate(doc.map())).isEmpty();
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void phasesAreAddedBeforeOrAtTheEndAndNamedInTheDocumentsLanguage() {
        MapDocument de = StructureFixture.document(before, Locale.GERMAN);
        StructureCommands c = new StructureCommands(de);
        String first = c.addPhaseBefore("aware");
        String last = c.addPhaseAfter(null);
        assertThat(de.map().phases().get(0).id()).isEqualTo(first);
        assertThat(de.map().phases().get(4).id()).isEqualTo(last);
        assertThat(de.map().phase(first).orElseThrow().name()).isEqualTo("Neue Phase");
    }

    @Test
    void addingALaneUsesTheKindsNameAndLandsAboveOrBelow() {
        String above = commands.addLaneAbove(LaneKind.OPPORTUNITIES, "pain");
        String below = commands.addLaneBelow(LaneKind.KPIS, null);
        assertThat(laneIds()).containsExactly("touch", "feelings", above, "pain", "back", below);
        assertThat(doc.map().lane(above).orElseThrow().title()).isEqualTo("Opportunities");
        assertThat(doc.map().lane(above).orElseThrow().hidden()).isFalse();
        assertThat(doc.selection()).isEqualTo(new Selection.LaneSelected(below));
        MapDocument de = StructureFixture.document(before, Locale.GERMAN);
        String chancen = new StructureCommands(de).addLaneBelow(LaneKind.PAIN_POINTS, "touch");
        assertThat(de.map().lane(chancen).orElseThrow().title()).isEqualTo("Schmerzpunkte");
    }

    @Test
    void deletingAPhaseTakesItsCardsAndPointsAlongAndUndoBringsThemBack() {
        assertThat(commands.cardsInPhase("buy")).isEqualTo(2);
        doc.select(new Selection.PhaseSelected("buy"));
        assertThat(commands.deleteSelection()).isTrue();
        assertThat(phaseIds()).containsExactly("aware", "after");
        assertThat(doc.map().cards()).extracting(Card::id).containsExactly("t0", "t1", "h0");
        assertThat(doc.map().curve("anna").orElseThrow().points()).extracting(p -> p.id()).containsExactly("k1");
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Delete phase");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void deletingALaneTakesItsCardsAlong() {
        assertThat(commands.cardsInLane("touch")).isEqualTo(3);
        commands.deleteLane("touch");
        assertThat(laneIds()).containsExactly("feelings", "pain", "back");
        assertThat(doc.map().cards()).extracting(Card::id).containsExactly("p0", "h0");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        doc.select(new Selection.Cards(List.of("t0")));
        assertThat(commands.deleteSelection()).as("cards are CardCommands' job").isFalse();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void hidingAndShowingLanesKeepsTheirCards() {
        commands.setLaneHidden("pain", true);
        assertThat(commands.hiddenLanes()).extracting(Lane::id).containsExactly("pain", "back");
        assertThat(doc.map().cards()).hasSameSizeAs(before.cards());
        commands.showAllLanes();
        assertThat(commands.hiddenLanes()).isEmpty();
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Show lane");
        doc.undo();
        assertThat(commands.hiddenLanes()).extracting(Lane::id).as("showing all was one step")
                .containsExactly("pain", "back");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        commands.setLaneHidden("back", false);
        int steps = undoSteps();
        commands.showAllLanes();
        assertThat(undoSteps()).as("nothing hidden, nothing recorded").isEqualTo(steps);
    }

    @Test
    void renamingTrimsAndRefusesBlankNames() {
        commands.renamePhase("aware", "  Aufmerksamkeit ");
        commands.renameLane("touch", "");
        commands.renameLane("pain", null);
        assertThat(doc.map().phase("aware").orElseThrow().name()).isEqualTo("Aufmerksamkeit");
        assertThat(doc.map().lane("touch").orElseThrow().title()).isEqualTo("Touchpoints");
        assertThat(undoSteps()).isEqualTo(1);
    }

    @Test
    void movingByOneStepSkipsHiddenLanesAndStopsAtTheEnds() {
        assertThat(commands.movePhaseBy("aware", -1)).isFalse();
        assertThat(commands.movePhaseBy("aware", 1)).isTrue();
        assertThat(phaseIds()).containsExactly("buy", "aware", "after");
        assertThat(commands.moveLaneBy("pain", 1)).as("only a hidden lane is below").isFalse();
        assertThat(commands.moveLaneBy("touch", 1)).isTrue();
        assertThat(laneIds()).containsExactly("feelings", "touch", "pain", "back");
        commands.moveLane("back", 0);
        assertThat(commands.moveLaneBy("feelings", -1)).as("past the hidden lane above, which counts for nothing")
                .isFalse();
        assertThat(commands.moveLaneBy("back", 1)).as("a hidden lane moves by one place").isTrue();
        assertThat(laneIds()).containsExactly("feelings", "back", "touch", "pain");
    }

    @Test
    void resizingKeepsToTheMinimumsAndTheFileFormatsLimit() {
        commands.resizePhase("aware", 3);
        commands.resizeLane("touch", -20);
        commands.resizeLane("pain", Double.NaN);
        commands.resizePhase("buy", 1e9);
        assertThat(doc.map().phase("aware").orElseThrow().width()).isEqualTo(StructureCommands.minPhaseWidth());
        assertThat(doc.map().lane("touch").orElseThrow().height()).isEqualTo(StructureCommands.MIN_LANE_HEIGHT);
        assertThat(doc.map().lane("pain").orElseThrow().height()).isEqualTo(StructureCommands.MIN_LANE_HEIGHT);
        assertThat(doc.map().phase("buy").orElseThrow().width()).isEqualTo(MapValidator.MAX_SIZE);
        assertThat(MapValidator.validate(doc.map())).isEmpty();
    }

    @Test
    void curvePointsAreMovedOnlyWhenSomethingChanges() {
        commands.moveCurvePoint("anna", "k1", "aware", 0.5, 1);
        assertThat(undoSteps()).isZero();
        commands.moveCurvePoint("anna", "k1", "after", 0.1, -1);
        assertThat(commands.curvePoint("anna", "k1").phaseId()).isEqualTo("after");
        assertThat(undoSteps()).isEqualTo(1);
        assertThatThrownBy(() -> commands.curvePoint("anna", "nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurveForANewPointFollowsTheSelection() {
        assertThat(commands.curveForNewPoint()).isEqualTo("anna");
        doc.reset(before.withCurves(List.of()));
        assertThat(commands.curveForNewPoint()).isNull();
        Selection.CurvePointSelected added = commands.addCurvePoint("buy", 0.5, 0);
        assertThat(commands.curveForNewPoint()).isEqualTo(added.curveId());
        assertThat(MapValidator.validate(doc.map())).isEmpty();
    }

    @Test
    void menuTextsExistInBothLanguages() {
        StructureCommands de = new StructureCommands(StructureFixture.document(before, Locale.GERMAN));
        assertThat(commands.text("menu.phase.deleteWithCards", 1)).isEqualTo("Delete phase and its card");
        assertThat(commands.text("menu.phase.deleteWithCards", 12)).isEqualTo("Delete phase and its 12 cards");
        assertThat(de.text("menu.lane.deleteWithCards", 3)).isEqualTo("Zeile mit ihren 3 Karten löschen");
        assertThat(de.text("menu.lane.hide")).isEqualTo("Zeile ausblenden");
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.journeyboard.ui.editor.structure",
                Locale.ROOT, java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.ResourceBundle german = java.util.ResourceBundle.getBundle("org.journeyboard.ui.editor.structure",
                Locale.GERMAN);
        for (String key : en.keySet()) {
            assertThat(german.getString(key)).as(key).isNotEqualTo(en.getString(key));
        }
    }

    /** How many steps the history holds: undoes them all, counting, then redoes them. */
    private int undoSteps() {
        int n = 0;
        while (doc.canUndoProperty().get()) {
            doc.undo();
            n++;
        }
        for (int i = 0; i < n; i++) {
            doc.redo();
        }
        return n;
    }
}
