package org.journeyboard.layout;

/** What lies at a point of the map, as the canvas asks before it reacts to a pointer. */
public sealed interface Hit {
    /** Nothing of interest (margins, the title). */
    record Nothing() implements Hit {
    }

    /** A card. */
    record CardHit(String cardId) implements Hit {
    }

    /** A phase's header. */
    record PhaseHeaderHit(String phaseId) implements Hit {
    }

    /** A lane's header. */
    record LaneHeaderHit(String laneId) implements Hit {
    }

    /** The empty space of a cell (phase × lane). */
    record CellHit(String phaseId, String laneId) implements Hit {
    }

    /** A point of an emotion curve. */
    record CurvePointHit(String curveId, String pointId) implements Hit {
    }

    /** The right border of a phase, where dragging changes its width. */
    record PhaseBorderHit(String phaseId) implements Hit {
    }

    /** The bottom border of a lane, where dragging changes its height. */
    record LaneBorderHit(String laneId) implements Hit {
    }

    /** A persona's box. */
    record PersonaHit(String personaId) implements Hit {
    }

    /** The single "nothing here" value. */
    Hit NOTHING = new Nothing();
}
