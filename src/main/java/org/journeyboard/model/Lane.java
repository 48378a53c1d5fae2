package org.journeyboard.model;

/** A row of the map (swimlane) of one kind, e.g. touchpoints or pain points. */
public record Lane(String id, LaneKind kind, String title, boolean hidden, double height, Extras extras) {
    public static final double DEFAULT_HEIGHT = 140;

    public Lane {
        kind = kind == null ? LaneKind.NOTES : kind;
        title = Text.orEmpty(title);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Lane(String id, LaneKind kind, String title) {
        this(id, kind, title, false, DEFAULT_HEIGHT, Extras.NONE);
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle, hidden, height, extras);
    }

    public Lane withHidden(boolean newHidden) {
        return new Lane(id, kind, title, newHidden, height, extras);
    }

    public Lane withHeight(double newHeight) {
        return new Lane(id, kind, title, hidden, newHeight, extras);
    }

    public Lane withKind(LaneKind newKind) {
        return new Lane(id, newKind, title, hidden, height, extras);
    }
}
