package org.journeyboard.paint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;

/** The calm palette of a drawn map: ink, grid lines, lane headers, sticky-note colours per card kind, faces. */
public record MapColours(Colour ink, Colour mutedInk, Colour gridLine, Colour laneHeader, Colour personaFill,
                         Colour personaBorder, Colour zeroLine, Colour guideLine, Colour cardShadow) {

    /** The palette's few colours, parsed once: a map asks for them several times per note and frame (declared first: LIGHT
     * below needs it). */
    private static final Map<String, Colour> PARSED = new ConcurrentHashMap<>();

    /** The light palette used on screen and on paper. */
    public static final MapColours LIGHT = new MapColours(
            hex("#1F2933"), hex("#52606D"), hex("#D3D9E0"), hex("#EEF1F5"), hex("#F5F7FA"),
            hex("#C3CCD6"), hex("#7B8794"), hex("#E4E8ED"), hex("#DADFE5"));

    private static Colour hex(String s) {
        return PARSED.computeIfAbsent(s, Colour::parse);
    }

    /** The paper colour of a sticky note of this kind. */
    public Colour noteFill(CardKind kind) {
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

    /** The edge and icon colour of a note of this kind: the same hue, much darker. */
    public Colour noteEdge(CardKind kind) {
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

    /** Badge colour: severity from amber to red, opportunities green, emotion scores neutral. */
    public Colour badgeFill(CardKind kind, String badge) {
        if (kind == CardKind.PAIN_POINT && badge.startsWith("S")) {
            return switch (badge) {
                case "S1" -> hex("#E9B949");
                case "S2" -> hex("#E39A3B");
                case "S3" -> hex("#DA7A32");
                case "S4" -> hex("#CF5B3A");
                default -> hex("#B83A3A");
            };
        }
        if (kind == CardKind.OPPORTUNITY) {
            return hex("#3F8F5A");
        }
        return hex("#616E7C");
    }

    /** Fill of a face for an emotion score: green when happy, sand when neutral, rose when unhappy. */
    public Colour faceFill(int score) {
        return score > 0 ? hex("#CDEBD3") : score < 0 ? hex("#F8D0CC") : hex("#F7ECC6");
    }

    /** Colour of a header text that must be readable on {@code background}. */
    public Colour textOn(Colour background) {
        return background.luminance() > 0.55 ? ink : hex("#FFFFFF");
    }

    /** {@code colour} mixed with white; {@code amount} 0 keeps it, 1 gives white (light column tints). */
    public static Colour towardsWhite(Colour colour, double amount) {
        return new Colour(mix(colour.red(), amount), mix(colour.green(), amount), mix(colour.blue(), amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
