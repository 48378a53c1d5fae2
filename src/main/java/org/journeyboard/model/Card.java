package org.journeyboard.model;

/**
 * A sticky note in one cell (phase × lane). {@code order} sorts the cards of a cell; the kind-specific fields are
 * null where they do not apply: {@code touchpoint} for touchpoints, {@code severity} (1..5) for pain points,
 * {@code impact} and {@code effort} (1..5) for opportunities. Any card may carry an {@code emotion} score (-2..+2)
 * and {@code votes}, the dots a workshop gave it (0 when none).
 */
public record Card(String id, String phaseId, String laneId, int order, CardKind kind, String title, String notes,
                   Touchpoint touchpoint, Integer severity, Integer impact, Integer effort, Integer emotion,
                   int votes, Extras extras) {
    /** More dots than any workshop gives one card; a larger number is a mistake in the file. */
    public static final int MAX_VOTES = 9999;

    public Card {
        kind = kind == null ? CardKind.NOTE : kind;
        title = Text.orEmpty(title);
        notes = Text.orEmpty(notes);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A card without votes. */
    public Card(String id, String phaseId, String laneId, int order, CardKind kind, String title, String notes,
                Touchpoint touchpoint, Integer severity, Integer impact, Integer effort, Integer emotion,
                Extras extras) {
        this(id, phaseId, laneId, order, kind, title, notes, touchpoint, severity, impact, effort, emotion, 0, extras);
    }

    /** A plain card of the given kind, with the kind's fields left empty. */
    public static Card of(String id, String phaseId, String laneId, int order, CardKind kind, String title) {
        Touchpoint tp = kind == CardKind.TOUCHPOINT ? Touchpoint.of(TouchpointType.CUSTOM) : null;
        return new Card(id, phaseId, laneId, order, kind, title, "", tp, null, null, null, null, Extras.NONE);
    }

    public static Card touchpoint(String id, String phaseId, String laneId, int order, TouchpointType type, String title) {
        return new Card(id, phaseId, laneId, order, CardKind.TOUCHPOINT, title, "", Touchpoint.of(type),
                null, null, null, null, Extras.NONE);
    }

    public static Card painPoint(String id, String phaseId, String laneId, int order, String title, int severity) {
        return new Card(id, phaseId, laneId, order, CardKind.PAIN_POINT, title, "", null, severity, null, null, null,
                Extras.NONE);
    }

    public static Card opportunity(String id, String phaseId, String laneId, int order, String title, int impact, int effort) {
        return new Card(id, phaseId, laneId, order, CardKind.OPPORTUNITY, title, "", null, null, impact, effort, null,
                Extras.NONE);
    }

    public Card withPlace(String newPhaseId, String newLaneId, int newOrder) {
        return new Card(id, newPhaseId, newLaneId, newOrder, kind, title, notes, touchpoint, severity, impact, effort,
                emotion, votes, extras);
    }

    public Card withOrder(int newOrder) {
        return withPlace(phaseId, laneId, newOrder);
    }

    public Card withId(String newId) {
        return new Card(newId, phaseId, laneId, order, kind, title, notes, touchpoint, severity, impact, effort,
                emotion, votes, extras);
    }

    public Card withTitle(String newTitle) {
        return new Card(id, phaseId, laneId, order, kind, newTitle, notes, touchpoint, severity, impact, effort,
                emotion, votes, extras);
    }

    public Card withNotes(String newNotes) {
        return new Card(id, phaseId, laneId, order, kind, title, newNotes, touchpoint, severity, impact, effort,
                emotion, votes, extras);
    }

    public Card withTouchpoint(Touchpoint newTouchpoint) {
        return new Card(id, phaseId, laneId, order, kind, title, notes, newTouchpoint, severity, impact, effort,
                emotion, votes, extras);
    }

    public Card withSeverity(Integer newSeverity) {
        return new Card(id, phaseId, laneId, order, kind, title, notes, touchpoint, newSeverity, impact, effort,
                emotion, votes, extras);
    }

    public Card withImpactAndEffort(Integer newImpact, Integer newEffort) {
        return new Card(id, phaseId, laneId, order, kind, title, notes, touchpoint, severity, newImpact, newEffort,
                emotion, votes, extras);
    }

    public Card withVotes(int newVotes) {
        return new Card(id, phaseId, laneId, order, kind, title, notes, touchpoint, severity, impact, effort,
                emotion, newVotes, extras);
    }

    public Card withEmotion(Integer newEmotion) {
        return new Card(id, phaseId, laneId, order, kind, title, notes, touchpoint, severity, impact, effort,
                newEmotion, votes, extras);
    }

    public boolean isIn(String aPhaseId, String aLaneId) {
        return phaseId.equals(aPhaseId) && laneId.equals(aLaneId);
    }
}
