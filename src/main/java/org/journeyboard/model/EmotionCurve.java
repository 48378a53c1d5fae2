package org.journeyboard.model;

import java.util.List;

/**
 * A named, coloured emotion curve (one per persona, or as-is and to-be). It is data: a list of points;
 * the layout turns it into a drawing. {@code personaId} is null when the curve belongs to no persona.
 */
public record EmotionCurve(String id, String name, Colour colour, String personaId, List<CurvePoint> points,
                           Extras extras) {
    /** The colour of a curve that names none. */
    public static final Colour DEFAULT_COLOUR = new Colour(0xD5, 0x5E, 0x00);

    public EmotionCurve {
        name = Text.orEmpty(name);
        // vermillion: the first of the curve colours that stay apart for colour-blind readers (paint.MapColours.CURVES)
        colour = colour == null ? DEFAULT_COLOUR : colour;
        points = Text.list(points);
        extras = extras == null ? Extras.NONE : extras;
    }

    public EmotionCurve(String id, String name, Colour colour, String personaId, List<CurvePoint> points) {
        this(id, name, colour, personaId, points, Extras.NONE);
    }

    public EmotionCurve withName(String v) {
        return new EmotionCurve(id, v, colour, personaId, points, extras);
    }

    public EmotionCurve withColour(Colour v) {
        return new EmotionCurve(id, name, v, personaId, points, extras);
    }

    public EmotionCurve withPersonaId(String v) {
        return new EmotionCurve(id, name, colour, v, points, extras);
    }

    public EmotionCurve withPoints(List<CurvePoint> v) {
        return new EmotionCurve(id, name, colour, personaId, v, extras);
    }
}
