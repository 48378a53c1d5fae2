package org.journeyboard.paint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;

/**
 * The calm palette of a drawn map: ink, grid lines, lane headers, sticky-note colours per card kind, faces, and the
 * paper under it all. {@link #LIGHT} is for paper and the light theme, {@link #DARK} for the canvas in the dark
 * theme (exports always print light: paper is white). Every text colour meets WCAG AA (4.5:1) on what it is drawn
 * on, in both palettes; header and badge texts are chosen per background, so any colour a user picks works.
 */
public record MapColours(Colour ink, Colour mutedInk, Colour gridLine, Colour laneHeader, Colour personaFill,
                         Colour personaBorder, Colour zeroLine, Colour guideLine, Colour cardShadow, Colour paper,
                         boolean dark) {

    /** The palette's few colours, parsed once (declared first: the palettes below need it). */
    private static final Map<String, Colour> PARSED = new ConcurrentHashMap<>();
    private static final Colour DARK_TEXT = hex("#1F2933");
    private static final Colour WHITE = hex("#FFFFFF");
    private static final Colour BLACK = hex("#000000");

    /**
     * The colours new emotion curves take in turn (the first is a new curve's default): apart from each other for
     * every common colour-vision deficiency, and from the default phase colours.
     */
    public static final java.util.List<Colour> CURVES = java.util.List.of(
            org.journeyboard.model.EmotionCurve.DEFAULT_COLOUR, hex("#8E44AD"), hex("#009E73"), hex("#0072B2"),
            hex("#E69F00"));

    /** The light palette used on paper and on screen in the light theme. */
    public static final MapColours LIGHT = new MapColours(
            DARK_TEXT, hex("#52606D"), hex("#D3D9E0"), hex("#EEF1F5"), hex("#F5F7FA"),
            hex("#C3CCD6"), hex("#7B8794"), hex("#E4E8ED"), hex("#DADFE5"), WHITE, false);

    /** The dark palette of the canvas in the dark theme. */
    public static final MapColours DARK = new MapColours(
            hex("#E6EAEF"), hex("#BAC3CE"), hex("#3A424C"), hex("#262C33"), hex("#242A31"),
            hex("#4A5561"), hex("#8A96A3"), hex("#323A43"), hex("#0E1114"), hex("#1B1F24"), true);

    /** The palette of the light or the dark theme. */
    public static MapColours of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static Colour hex(String s) {
        return PARSED.computeIfAbsent(s, Colour::parse);
    }

    /** The paper colour of a sticky note of this kind. */
    public Colour noteFill(CardKind kind) {
        if (dark) {
            return switch (kind) {
                case TOUCHPOINT -> hex("#1F3A56");
                case ACTION -> hex("#1F4430");
                case THOUGHT -> hex("#37305A");
                case PAIN_POINT -> hex("#5A2626");
                case OPPORTUNITY -> hex("#4F4116");
                case KPI -> hex("#1B4744");
                case BACKSTAGE -> hex("#343A44");
                case NOTE -> hex("#4A3F2C");
            };
        }
        return switch (kind) {
            case TOUCHPOINT -> hex("#DCEAF8");
            case ACTION -> hex("#DDF1E1");
            case THOUGHT -> hex("#ECE5F7");
            case PAIN_POINT -> hex("#FADCD9");
            case OPPORTUNITY -> hex("#FFF1C2");
            case KPI -> hex("#D5EFEC");
            case BACKSTAGE -> hex("#E7E9EE");
            case NOTE -> hex("#F6EEDF");
        };
    }

    /** The edge and icon colour of a note of this kind: the same hue, much darker (lighter on the dark canvas). */
    public Colour noteEdge(CardKind kind) {
        if (dark) {
            return switch (kind) {
                case TOUCHPOINT -> hex("#6FA3D6");
                case ACTION -> hex("#6DBF86");
                case THOUGHT -> hex("#A08FD6");
                case PAIN_POINT -> hex("#E0857A");
                case OPPORTUNITY -> hex("#D9B84A");
                case KPI -> hex("#5FC2B6");
                case BACKSTAGE -> hex("#8D96A3");
                case NOTE -> hex("#C4AE82");
            };
        }
        return switch (kind) {
            case TOUCHPOINT -> hex("#7FA7D0");
            case ACTION -> hex("#7DB58A");
            case THOUGHT -> hex("#A594C6");
            case PAIN_POINT -> hex("#D98C84");
            case OPPORTUNITY -> hex("#D6B54F");
            case KPI -> hex("#6FB3AB");
            case BACKSTAGE -> hex("#A3AAB5");
            case NOTE -> hex("#C9B48C");
        };
    }

    /**
     * Badge colour, the same in both palettes: severity from amber to red (neighbours apart in lightness too, so
     * they stay apart for colour-blind readers), opportunities green, emotion scores neutral.
     */
    public Colour badgeFill(CardKind kind, String badge) {
        if (kind == CardKind.PAIN_POINT && badge.startsWith("S")) {
            return switch (badge) {
                case "S1" -> hex("#F2CC5C");
                case "S2" -> hex("#E39A3B");
                case "S3" -> hex("#C9692A");
                case "S4" -> hex("#A8432C");
                default -> hex("#7A2222");
            };
        }
        if (kind == CardKind.OPPORTUNITY) {
            return hex("#2E7D4F");
        }
        return hex("#616E7C");
    }

    /**
     * The colour of a workshop's vote dots: a deep blue on paper, a light one on the dark canvas, apart (3:1) from
     * every note colour of its palette, as sticky dots stand out on any note.
     */
    public Colour voteDot() {
        return dark ? hex("#A9C7FF") : hex("#1A3FA6");
    }

    /** Fill of a face for an emotion score: green when happy, sand when neutral, rose when unhappy. */
    public Colour faceFill(int score) {
        if (dark) {
            return score > 0 ? hex("#2F5A3A") : score < 0 ? hex("#6A2E2E") : hex("#5A5130");
        }
        return score > 0 ? hex("#CDEBD3") : score < 0 ? hex("#F8D0CC") : hex("#F7ECC6");
    }

    /**
     * Colour of a text that must be readable on {@code background} (a phase header in the user's colour, a badge):
     * dark ink or white, whichever reaches 4.5:1, else black or white, one of which always does.
     */
    public Colour textOn(Colour background) {
        double onDark = Contrast.ratio(DARK_TEXT, background);
        double onWhite = Contrast.ratio(WHITE, background);
        if (Math.max(onDark, onWhite) >= Contrast.TEXT) {
            return onDark >= onWhite ? DARK_TEXT : WHITE;
        }
        return Contrast.ratio(BLACK, background) >= onWhite ? BLACK : WHITE;
    }

    /** The tint of phase column {@code index} in the phase's colour: alternating, pale on paper, deep on the dark. */
    public Colour columnTint(Colour phase, int index) {
        boolean even = index % 2 == 0;
        return dark ? Contrast.mix(phase, paper, even ? 0.84 : 0.8) : towardsWhite(phase, even ? 0.9 : 0.86);
    }

    /**
     * The stroke of a curve drawn in {@code colour}: the colour itself where it stands out (3:1) from the paper and
     * from every column tint, else the same hue darker (on paper) or lighter (on the dark canvas) until it does.
     */
    public Colour curveStroke(Colour colour) {
        // the column tint farthest from the paper is that of white phases on the dark canvas, of black on paper
        Colour ground = columnTint(dark ? WHITE : BLACK, 1);
        Colour c = Contrast.atLeast(colour, ground, dark ? WHITE : BLACK, Contrast.GRAPHICS);
        return Contrast.ratio(c, paper) >= Contrast.GRAPHICS ? c
                : Contrast.atLeast(colour, paper, dark ? WHITE : BLACK, Contrast.GRAPHICS);
    }

    /** {@code colour} mixed with white; {@code amount} 0 keeps it, 1 gives white (light column tints). */
    public static Colour towardsWhite(Colour colour, double amount) {
        return Contrast.mix(colour, WHITE, amount);
    }
}
