package org.journeyboard.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Default phase colours, severity badges and the first curve colours stay apart for the common colour-vision
 * deficiencies (Machado 2009 simulation, CIE76 ΔE of the simulated colours).
 */
class ColourVisionTest {
    /** Neighbouring phase headers: pastel on purpose, so apart by a clearly visible step. */
    private static final double PHASES = 10;
    /** Severity badges and curves must be told apart at a glance. */
    private static final double BADGES = 10;
    private static final double CURVES = 12;

    @Test
    void theSimulationAndTheDifferenceBehaveAsPublished() {
        Colour red = Colour.parse("#FF0000");
        Colour green = Colour.parse("#00FF00");
        // red and green are far apart for normal vision, close together without green cones
        assertThat(ColourVision.NORMAL.difference(red, green)).isGreaterThan(80);
        assertThat(ColourVision.DEUTERANOPIA.difference(red, green))
                .isLessThan(ColourVision.NORMAL.difference(red, green) / 2);
        // grey stays grey, and white and black stay what they are, in every simulation
        for (ColourVision v : ColourVision.values()) {
            assertThat(v.simulate(Colour.parse("#FFFFFF"))).isEqualTo(Colour.parse("#FFFFFF"));
            assertThat(v.simulate(Colour.parse("#000000"))).isEqualTo(Colour.parse("#000000"));
            assertThat(v.difference(Colour.parse("#808080"), v.simulate(Colour.parse("#808080")))).isLessThan(1.5);
        }
    }

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void neighbouringDefaultPhasesStayApart(ColourVision vision) {
        for (TemplateKind kind : TemplateKind.values()) {
            List<Phase> phases = Templates.create(kind, Language.DE, Instant.EPOCH).phases();
            for (int i = 1; i < phases.size(); i++) {
                Colour a = phases.get(i - 1).colour();
                Colour b = phases.get(i).colour();
                assertThat(vision.difference(a, b)).as("%s %s: phases %d and %d (%s, %s)", vision, kind, i, i + 1,
                        a, b).isGreaterThanOrEqualTo(PHASES);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void neighbouringSeveritiesStayApart(ColourVision vision) {
        MapColours c = MapColours.LIGHT;
        for (int s = 2; s <= 5; s++) {
            Colour a = c.badgeFill(CardKind.PAIN_POINT, "S" + (s - 1));
            Colour b = c.badgeFill(CardKind.PAIN_POINT, "S" + s);
            assertThat(vision.difference(a, b)).as("%s: S%d and S%d (%s, %s)", vision, s - 1, s, a, b)
                    .isGreaterThanOrEqualTo(BADGES);
        }
    }

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void theFirstCurvesStayApartFromEachOtherInBothPalettes(ColourVision vision) {
        for (MapColours c : List.of(MapColours.LIGHT, MapColours.DARK)) {
            List<Colour> curves = MapColours.CURVES.subList(0, 3).stream().map(c::curveStroke).toList();
            for (int i = 0; i < curves.size(); i++) {
                for (int j = i + 1; j < curves.size(); j++) {
                    assertThat(vision.difference(curves.get(i), curves.get(j)))
                            .as("%s, dark %s: curves %d and %d (%s, %s)", vision, c.dark(), i + 1, j + 1,
                                    curves.get(i), curves.get(j))
                            .isGreaterThanOrEqualTo(CURVES);
                }
            }
        }
    }
}
