package org.journeyboard.model;

/**
 * One point of an emotion curve: in a phase, at {@code position} 0..1 across that phase's width,
 * with a score from {@link #MIN_SCORE} to {@link #MAX_SCORE} and an optional label.
 */
public record CurvePoint(String id, String phaseId, double position, int score, String label, Extras extras) {
    public static final int MIN_SCORE = -2;
    public static final int MAX_SCORE = 2;

    public CurvePoint {
        label = Text.orEmpty(label);
        extras = extras == null ? Extras.NONE : extras;
    }

    public CurvePoint(String id, String phaseId, double position, int score, String label) {
        this(id, phaseId, position, score, label, Extras.NONE);
    }

    public CurvePoint withScore(int v) {
        return new CurvePoint(id, phaseId, position, v, label, extras);
    }

    public CurvePoint withPlace(String newPhaseId, double newPosition) {
        return new CurvePoint(id, newPhaseId, newPosition, score, label, extras);
    }

    public CurvePoint withLabel(String v) {
        return new CurvePoint(id, phaseId, position, score, v, extras);
    }
}
