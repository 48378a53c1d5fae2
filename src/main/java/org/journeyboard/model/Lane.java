package org.journeyboard.model;

/**
 * A row of the map (swimlane) of one kind, e.g. touchpoints or pain points. A lane that fits its content is as tall
 * as its fullest cell needs (an empty one is short); {@code height} is then ignored by the layout. A lane the user
 * resized keeps {@code height} (as its least height) until it is fitted again.
 */
public record Lane(String id, LaneKind kind, String title, boolean hidden, double height, boolean fitToContent,
        Extras extras) {
    public static final double DEFAULT_HEIGHT = 140;

    public Lane {
        kind = kind == null ? LaneKind.NOTES : kind;
        title = Text.orEmpty(title);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A lane of a fixed height, as files written before lanes could fit their content have them. */
    public Lane(String id, LaneKind kind, String title, boolean hidden, double height, Extras extras) {
        this(id, kind, title, hidden, height, false, extras);
    }

    /** A new visible lane that fits its content. */
    public Lane(String id, LaneKind kind, String title) {
        this(id, kind, title, false, DEFAULT_HEIGHT, true, Extras.NONE);
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle, hidden, height, fitToContent, extras);
    }

    public Lane withHidden(boolean newHidden) {
        return new Lane(id, kind, title, newHidden, height, fitToContent, extras);
    }

    /** This lane at the height the user gave it: it no longer fits its content. */
    public Lane withHeight(double newHeight) {
        return new Lane(id, kind, title, hidden, newHeight, false, extras);
    }

    public Lane withFitToContent(boolean fit) {
        return new Lane(id, kind, title, hidden, height, fit, extras);
    }

    public Lane withKind(LaneKind newKind) {
        return new Lane(id, newKind, title, hidden, height, fitToContent, extras);
    }
}
