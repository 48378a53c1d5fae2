package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

/** The validator as the editor uses it: on a map in memory, problems with JSON paths and no file. */
class MapValidatorTest {
    private static List<String> problems(JourneyMap map) {
        return MapValidator.validate(map, Locale.ENGLISH).stream().map(Problem::toString).toList();
    }

    private final JourneyMap base = GeneratedMaps.withCards(20, 9);

    @Test
    void aGeneratedMapIsValid() {
        assertThat(problems(base)).isEmpty();
    }

    @Test
    void allIdsShareOneNamespace() {
        JourneyMap map = base.withCurves(List.of(new EmotionCurve("card-3", "c", Colour.parse("#000000"), null,
                List.of(new CurvePoint("phase-0", "phase-1", 0.5, 0, "")))));
        assertThat(problems(map)).containsExactly(
                "$.curves[0].id: duplicate id 'card-3' (already used at $.cards[3].id)",
                "$.curves[0].points[0].id: duplicate id 'phase-0' (already used at $.phases[0].id)");
    }

    @Test
    void referencesMustPointToTheRightKindOfThing() {
        JourneyMap map = base.withCards(List.of(
                Card.of("a", "lane-actions", "lane-actions", 0, CardKind.NOTE, "t"),
                new Card("b", null, "lane-actions", 0, CardKind.NOTE, "t", "", null, null, null, null, null, null)))
                .withCurves(List.of(new EmotionCurve("cv", "c", null, "nobody", List.of())));
        assertThat(problems(map)).containsExactly(
                "$.cards[0].phase: unknown phase 'lane-actions'",
                "$.cards[1].phase: required reference is missing",
                "$.curves[0].persona: unknown persona 'nobody'");
    }

    @Test
    void rangesAndNames() {
        JourneyMap map = base
                .withPhases(List.of(base.phases().get(0).withName(" ").withWidth(Double.NaN)))
                .withLanes(List.of(new Lane("lane-x", LaneKind.NOTES, "", false, -1, null)))
                .withCards(List.of(Card.opportunity("o", "phase-0", "lane-x", 0, "t", 0, 6).withEmotion(-3)))
                .withCurves(List.of(new EmotionCurve("cv", "", null, null,
                        List.of(new CurvePoint("p", "phase-0", -0.1, 3, "")))));
        assertThat(problems(map)).containsExactly(
                "$.phases[0].name: must not be empty",
                "$.phases[0].width: must be greater than 0 and at most 100000, but is NaN",
                "$.lanes[0].title: must not be empty",
                "$.lanes[0].height: must be greater than 0 and at most 100000, but is -1",
                "$.cards[0].impact: must be from 1 to 5, but is 0",
                "$.cards[0].effort: must be from 1 to 5, but is 6",
                "$.cards[0].emotion: must be from -2 to +2, but is -3",
                "$.curves[0].name: must not be empty",
                "$.curves[0].points[0].position: must be from 0 to 1, but is -0.1",
                "$.curves[0].points[0].score: must be from -2 to +2, but is 3");
    }

    @Test
    void picturesMustBeSmallPngOrJpeg() {
        byte[] jpeg = TinyPictures.jpeg(8, 8);
        // a real JPEG padded with zeros after its end marker, as some writers do, to just over the limit
        byte[] big = java.util.Arrays.copyOf(jpeg, Picture.MAX_BYTES + 1);
        Persona p = new Persona("persona-1", "P", "");
        JourneyMap map = base.withPersonas(List.of(p.withPicture(new Picture("image/jpeg", big))));
        assertThat(problems(map)).containsExactly("$.personas[0].picture.data: picture is 2,097,153 bytes, more than the 2,097,152 bytes allowed");
        map = base.withPersonas(List.of(p.withPicture(new Picture("image/png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))));
        assertThat(problems(map)).containsExactly(
                "$.personas[0].picture.data: picture data is not a valid image/png image (it is damaged or in another format)");
    }

    @Test
    void aPhaseWithDefaultsIsFine() {
        assertThat(problems(base.withPhases(List.of(new Phase("phase-0", "A", null)))).stream()
                .filter(s -> s.startsWith("$.phases"))).isEmpty();
    }
}
