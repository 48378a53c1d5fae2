package org.journeyboard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeyboard.edit.TestMaps.assertWellFormed;

import java.util.List;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Picture;
import org.junit.jupiter.api.Test;

class CurvePersonaAndMapEditsTest {
    private final JourneyMap map = TestMaps.small();

    private EmotionCurve feel(JourneyMap m) {
        return m.curve("feel").orElseThrow();
    }

    @Test
    void addCurveChecksItsPointsAndPersona() {
        EmotionCurve toBe = new EmotionCurve("tobe", "To-be", null, null,
                List.of(new CurvePoint("t1", "after", 1.0, 2, "")));
        assertThat(CurveEdits.addCurve(toBe).apply(map).curves()).extracting(EmotionCurve::id).containsExactly("feel", "tobe");

        EmotionCurve clash = new EmotionCurve("tobe", "", null, null, List.of(new CurvePoint("k1", "after", 0, 0, "")));
        assertThatThrownBy(() -> CurveEdits.addCurve(clash).apply(map)).hasMessageContaining("'k1'");
        EmotionCurve lost = new EmotionCurve("tobe", "", null, "ghost", List.of());
        assertThatThrownBy(() -> CurveEdits.addCurve(lost).apply(map)).hasMessage("the map has no persona with id 'ghost'");
    }

    @Test
    void curveFieldsChange() {
        JourneyMap after = Edit.compose("edit.curve.rename",
                CurveEdits.renameCurve("feel", "Anna to-be"),
                CurveEdits.recolourCurve("feel", new Colour(0, 128, 0)),
                CurveEdits.setCurvePersona("feel", null)).apply(map);

        assertThat(feel(after).name()).isEqualTo("Anna to-be");
        assertThat(feel(after).colour()).isEqualTo(new Colour(0, 128, 0));
        assertThat(feel(after).personaId()).isNull();
        assertThat(feel(CurveEdits.setCurvePersona("feel", "anna").apply(after)).personaId()).isEqualTo("anna");
        assertThatThrownBy(() -> CurveEdits.setCurvePersona("feel", "ghost").apply(map))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CurveEdits.deleteCurve("feel").apply(map).curves()).isEmpty();
    }

    @Test
    void curvePointsAreAddedMovedLabelledAndDeleted() {
        JourneyMap added = CurveEdits.addCurvePoint("feel", new CurvePoint("k3", "after", 0.9, 2, "happy")).apply(map);
        assertThat(feel(added).points()).extracting(CurvePoint::id).containsExactly("k1", "k2", "k3");

        JourneyMap moved = CurveEdits.moveCurvePoint("feel", "k2", "after", 0.25, -1).apply(added);
        CurvePoint k2 = feel(moved).points().get(1);
        assertThat(k2.phaseId()).isEqualTo("after");
        assertThat(k2.position()).isEqualTo(0.25);
        assertThat(k2.score()).isEqualTo(-1);
        assertThat(k2.label()).isEqualTo("angry");

        JourneyMap labelled = CurveEdits.setCurvePointLabel("feel", "k2", "calmer").apply(moved);
        assertThat(feel(labelled).points().get(1).label()).isEqualTo("calmer");
        assertThat(CurveEdits.setCurvePointLabel("feel", "k2", "x").mergeKey()).contains("curvePoint:feel:k2:label");

        JourneyMap deleted = CurveEdits.deleteCurvePoint("feel", "k1").apply(labelled);
        assertThat(feel(deleted).points()).extracting(CurvePoint::id).containsExactly("k2", "k3");
        assertWellFormed(deleted);
    }

    @Test
    void curvePointsStayInRange() {
        assertThatThrownBy(() -> CurveEdits.moveCurvePoint("feel", "k1", "buy", 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position");
        assertThatThrownBy(() -> CurveEdits.moveCurvePoint("feel", "k1", "buy", 0.5, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> CurveEdits.addCurvePoint("feel", new CurvePoint("n", "buy", 0, -3, "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurveEdits.moveCurvePoint("feel", "ghost", "buy", 0.5, 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("emotion curve 'feel' has no point with id 'ghost'");
        assertThatThrownBy(() -> CurveEdits.moveCurvePoint("feel", "k1", "ghost", 0.5, 0).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the map has no phase with id 'ghost'");
    }

    @Test
    void personasAreAddedChangedAndDeleted() {
        JourneyMap added = PersonaEdits.addPersona(new Persona("ben", "Ben", "Neighbour"), 0).apply(map);
        assertThat(added.personas()).extracting(Persona::id).containsExactly("ben", "anna");

        Picture picture = new Picture("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        JourneyMap changed = Edit.compose("edit.persona.update",
                PersonaEdits.setPersonaName("ben", "Benjamin"),
                PersonaEdits.setPersonaRole("ben", "Buys elsewhere"),
                PersonaEdits.setPersonaGoals("ben", List.of("Feel safe")),
                PersonaEdits.setPersonaNeeds("ben", List.of("Clear prices")),
                PersonaEdits.setPersonaFrustrations("ben", List.of("Hotline")),
                PersonaEdits.setPersonaPicture("ben", picture)).apply(added);
        Persona ben = changed.persona("ben").orElseThrow();
        assertThat(ben).isEqualTo(new Persona("ben", "Benjamin", "Buys elsewhere", List.of("Feel safe"),
                List.of("Clear prices"), List.of("Hotline"), picture, null));
        assertThat(PersonaEdits.setPersonaPicture("ben", null).apply(changed).persona("ben").orElseThrow().picture()).isNull();
        assertThat(PersonaEdits.setPersonaName("ben", "x").mergeKey()).contains("persona:ben:name");
        assertThat(PersonaEdits.updatePersona("anna", p -> p.withRole("Owner")).apply(map).persona("anna").orElseThrow().role())
                .isEqualTo("Owner");
        assertThatThrownBy(() -> PersonaEdits.updatePersona("anna", p -> new Persona("other", "", "")).apply(map))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep its id");
    }

    @Test
    void deletingAPersonaUnlinksItsCurves() {
        JourneyMap after = PersonaEdits.deletePersona("anna").apply(map);

        assertThat(after.personas()).isEmpty();
        assertThat(feel(after).personaId()).isNull();
        assertThat(feel(after).points()).isEqualTo(feel(map).points());
        assertWellFormed(after);
    }

    @Test
    void mapFieldsChangeAndNeverTouchTheTimestamps() {
        JourneyMap after = Edit.compose("edit.map.title",
                MapEdits.setTitle("Alarmanlage"),
                MapEdits.setDescription("Gut"),
                MapEdits.setAuthor("IHK"),
                MapEdits.setLanguage(Language.EN)).apply(map);

        assertThat(after.title()).isEqualTo("Alarmanlage");
        assertThat(after.description()).isEqualTo("Gut");
        assertThat(after.author()).isEqualTo("IHK");
        assertThat(after.language()).isEqualTo(Language.EN);
        assertThat(after.created()).isEqualTo(TestMaps.CREATED);
        assertThat(after.modified()).isEqualTo(TestMaps.MODIFIED);
        assertThat(MapEdits.setTitle("x").mergeKey()).contains("map:title");
        assertThat(MapEdits.setLanguage(Language.DE).mergeKey()).isEmpty();
    }
}
