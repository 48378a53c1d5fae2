package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeyboard.edit.TestMaps.assertWellFormed;

import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Phase;
import org.junit.jupiter.api.Test;

class PhaseAndLaneEditsTest {
    private final JourneyMap map = TestMaps.small();

    private static List<String> phaseIds(JourneyMap m) {
        return m.phases().stream().map(Phase::id).toList();
    }

    private static List<String> laneIds(JourneyMap m) {
        return m.lanes().stream().map(Lane::id).toList();
    }

    @Test
    void addPhaseInsertsAtTheIndex() {
        Phase pre = new Phase("pre", "Pre-Awareness", new Colour(1, 2, 3));
        assertThat(phaseIds(PhaseEdits.addPhase(pre, 0).apply(map))).containsExactly("pre", "aware", "buy", "after");
        assertThat(phaseIds(PhaseEdits.addPhase(pre, 2).apply(map))).containsExactly("aware", "buy", "pre", "after");
        assertThat(phaseIds(PhaseEdits.addPhase(pre, Integer.MAX_VALUE).apply(map)))
                .containsExactly("aware", "buy", "after", "pre");
        assertThatThrownBy(() -> PhaseEdits.addPhase(new Phase("buy", "Again", null), 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'buy'");
    }

    @Test
    void aRenameToBlankKeepsTheOldNameBecauseTheFileFormatNeedsOne() {
        assertThat(PhaseEdits.renamePhase("aware", "  ").apply(map)).isEqualTo(map);
        assertThat(LaneEdits.renameLane("touch", "").apply(map)).isEqualTo(map);
        assertThat(PersonaEdits.setPersonaName("anna", " ").apply(map)).isEqualTo(map);
        assertThat(PersonaEdits.updatePersona("anna", p -> p.withName("").withRole("Owner")).apply(map)
                .persona("anna").orElseThrow().name()).isEqualTo("Anna");
        assertThat(CurveEdits.renameCurve("feel", "\t").apply(map)).isEqualTo(map);
        assertThat(PhaseEdits.renamePhase("aware", "Aware").apply(map).phase("aware").orElseThrow().name())
                .isEqualTo("Aware");
    }

    @Test
    void phaseFieldsChange() {
        List<Kpi> kpis = List.of(new Kpi("Conversion rate", "3 %", "2.1 %"));
        JourneyMap after = Edit.compose("edit.phase.rename",
                PhaseEdits.renamePhase("buy", "Kauf"),
                PhaseEdits.setPhaseGoal("buy", "Frictionless checkout"),
                PhaseEdits.setPhaseStrategies("buy", List.of("Tunneling", "Phone support")),
                PhaseEdits.setPhaseKpis("buy", kpis),
                PhaseEdits.setPhaseColour("buy", new Colour(9, 9, 9))).apply(map);

        Phase buy = after.phase("buy").orElseThrow();
        assertThat(buy.name()).isEqualTo("Kauf");
        assertThat(buy.goal()).isEqualTo("Frictionless checkout");
        assertThat(buy.strategies()).containsExactly("Tunneling", "Phone support");
        assertThat(buy.kpis()).isEqualTo(kpis);
        assertThat(buy.colour()).isEqualTo(new Colour(9, 9, 9));
        assertThat(after.phase("aware")).isEqualTo(map.phase("aware"));
        assertThat(PhaseEdits.renamePhase("buy", "x").mergeKey()).contains("phase:buy:name");
        assertThat(PhaseEdits.setPhaseGoal("buy", "x").mergeKey()).contains("phase:buy:goal");
        assertThat(PhaseEdits.setPhaseColour("buy", new Colour(0, 0, 0)).mergeKey()).isEmpty();
    }

    @Test
    void movePhaseReordersAndKeepsItsCards() {
        JourneyMap after = PhaseEdits.movePhase("aware", 2).apply(map);

        assertThat(phaseIds(after)).containsExactly("buy", "after", "aware");
        assertThat(after.cards()).isEqualTo(map.cards());
        assertThat(phaseIds(PhaseEdits.movePhase("after", 0).apply(map))).containsExactly("after", "aware", "buy");
        assertThat(PhaseEdits.movePhase("buy", 1).apply(map)).isEqualTo(map);
    }

    @Test
    void resizePhaseNeedsAPositiveWidth() {
        assertThat(PhaseEdits.resizePhase("buy", 321).apply(map).phase("buy").orElseThrow().width()).isEqualTo(321);
        assertThatThrownBy(() -> PhaseEdits.resizePhase("buy", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhaseEdits.resizePhase("buy", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhaseEdits.resizePhase("ghost", 10).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the map has no phase with id 'ghost'");
    }

    @Test
    void deletePhaseTakesItsCardsAndCurvePointsWithIt() {
        JourneyMap after = PhaseEdits.deletePhase("aware").apply(map);

        assertThat(phaseIds(after)).containsExactly("buy", "after");
        assertThat(after.cards()).extracting(Card::id).containsExactly("b0");
        assertThat(after.curve("feel").orElseThrow().points()).extracting(CurvePoint::id).containsExactly("k2");
        assertWellFormed(after);
    }

    @Test
    void addAndMoveLanes() {
        Lane ideas = new Lane("ideas", LaneKind.OPPORTUNITIES, "Ideas");
        assertThat(laneIds(LaneEdits.addLane(ideas, 1).apply(map))).containsExactly("touch", "ideas", "pain");
        assertThat(laneIds(LaneEdits.moveLane("touch", 1).apply(map))).containsExactly("pain", "touch");
        assertThat(laneIds(LaneEdits.moveLane("pain", -5).apply(map))).containsExactly("pain", "touch");
        assertThatThrownBy(() -> LaneEdits.addLane(new Lane("aware", LaneKind.NOTES, ""), 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already uses");
    }

    @Test
    void laneFieldsChange() {
        JourneyMap after = Edit.compose("edit.lane.rename",
                LaneEdits.renameLane("pain", "Schmerzpunkte"),
                LaneEdits.resizeLane("pain", 200),
                LaneEdits.setLaneHidden("pain", true),
                LaneEdits.setLaneKind("pain", LaneKind.THOUGHTS)).apply(map);

        Lane pain = after.lane("pain").orElseThrow();
        assertThat(pain.title()).isEqualTo("Schmerzpunkte");
        assertThat(pain.height()).isEqualTo(200);
        assertThat(pain.hidden()).isTrue();
        assertThat(pain.kind()).isEqualTo(LaneKind.THOUGHTS);
        assertThat(after.cards()).isEqualTo(map.cards());
        assertThat(LaneEdits.setLaneHidden("pain", false).apply(after).lane("pain").orElseThrow().hidden()).isFalse();
        assertThat(LaneEdits.setLaneHidden("pain", true).nameKey()).isEqualTo("edit.lane.hide");
        assertThat(LaneEdits.setLaneHidden("pain", false).nameKey()).isEqualTo("edit.lane.show");
        assertThat(LaneEdits.renameLane("pain", "x").mergeKey()).contains("lane:pain:title");
        assertThatThrownBy(() -> LaneEdits.resizeLane("pain", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteLaneTakesItsCardsWithIt() {
        JourneyMap after = LaneEdits.deleteLane("touch").apply(map);

        assertThat(laneIds(after)).containsExactly("pain");
        assertThat(after.cards()).extracting(Card::id).containsExactly("p0");
        assertWellFormed(after);
        assertThatThrownBy(() -> LaneEdits.deleteLane("ghost").apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the map has no lane with id 'ghost'");
    }
}
