package org.journeyboard.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the painter draws meets WCAG AA (4.5:1) on what it is drawn on, and curves 3:1, in both palettes. */
class PaletteContrastTest {
    private static final List<String> BADGES = List.of("S1", "S2", "S3", "S4", "S5");

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void cardTextIconsAndFacesOnEveryNote(boolean dark) {
        MapColours c = MapColours.of(dark);
        for (CardKind kind : CardKind.values()) {
            assertText(c.ink(), c.noteFill(kind), "card text on a %s note", kind);
            assertGraphics(c.ink(), c.noteFill(kind), "touchpoint icon on a %s note", kind);
        }
        for (int score = -2; score <= 2; score++) {
            assertGraphics(c.ink(), c.faceFill(score), "face features, score %d", score);
        }
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void headersTitlesLabelsAndLegends(boolean dark) {
        MapColours c = MapColours.of(dark);
        assertText(c.ink(), c.paper(), "map title on the paper");
        assertText(c.ink(), c.laneHeader(), "lane title");
        assertText(c.ink(), c.personaFill(), "persona name");
        assertText(c.mutedInk(), c.personaFill(), "persona role");
        for (Colour phase : defaultPhaseColours()) {
            for (int index = 0; index < 2; index++) {
                Colour tint = c.columnTint(phase, index);
                assertText(c.mutedInk(), tint, "point label and legend on the column tint of %s", phase);
                assertText(c.ink(), tint, "text on the column tint of %s", phase);
                for (Colour curve : MapColours.CURVES) {
                    assertGraphics(c.curveStroke(curve), tint, "curve %s over the column of %s", curve, phase);
                }
            }
        }
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void voteDotsStandOutOnEveryNote(boolean dark) {
        MapColours c = MapColours.of(dark);
        for (CardKind kind : CardKind.values()) {
            assertGraphics(c.voteDot(), c.noteFill(kind), "vote dot on a %s note", kind);
        }
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void badgeTexts(boolean dark) {
        MapColours c = MapColours.of(dark);
        for (String badge : BADGES) {
            Colour fill = c.badgeFill(CardKind.PAIN_POINT, badge);
            assertText(c.textOn(fill), fill, "badge %s", badge);
        }
        Colour opportunity = c.badgeFill(CardKind.OPPORTUNITY, "I4·E2");
        assertText(c.textOn(opportunity), opportunity, "opportunity badge");
        Colour emotion = c.badgeFill(CardKind.ACTION, "+1");
        assertText(c.textOn(emotion), emotion, "emotion badge");
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void headerTextOnEveryColourAUserCanPick(boolean dark) {
        MapColours c = MapColours.of(dark);
        // the colour picker offers every colour: a grid through the whole RGB cube, 18 steps a channel
        for (int r = 0; r <= 255; r += 15) {
            for (int g = 0; g <= 255; g += 15) {
                for (int b = 0; b <= 255; b += 15) {
                    Colour phase = new Colour(r, g, b);
                    assertText(c.textOn(phase), phase, "phase header text");
                    // a curve in any colour stands out from the paper and from any column tint
                    assertGraphics(c.curveStroke(phase), c.paper(), "curve in %s", phase);
                    for (int index = 0; index < 2; index++) {
                        Colour tint = c.columnTint(phase, index);
                        assertText(c.mutedInk(), tint, "point label on the column tint of %s", phase);
                        assertGraphics(c.curveStroke(MapColours.CURVES.get(0)), tint, "first curve over %s", phase);
                        assertGraphics(c.curveStroke(phase), tint, "a curve in the phase's colour over it");
                    }
                }
            }
        }
    }

    static List<Colour> defaultPhaseColours() {
        Set<Colour> colours = new LinkedHashSet<>();
        for (TemplateKind kind : TemplateKind.values()) {
            for (Phase p : Templates.create(kind, Language.EN, Instant.EPOCH).phases()) {
                colours.add(p.colour());
            }
        }
        for (int i = 0; i < 12; i++) {
            colours.add(Templates.phaseColour(i, Integer.MAX_VALUE));
        }
        return new ArrayList<>(colours);
    }

    private static void assertText(Colour text, Colour background, String what, Object... args) {
        assertThat(Contrast.ratio(text, background)).as(what + ": " + text + " on " + background, args)
                .isGreaterThanOrEqualTo(Contrast.TEXT);
    }

    private static void assertGraphics(Colour line, Colour background, String what, Object... args) {
        assertThat(Contrast.ratio(line, background)).as(what + ": " + line + " on " + background, args)
                .isGreaterThanOrEqualTo(Contrast.GRAPHICS);
    }
}
