package org.journeyboard.ui.editor;

import java.util.List;

/** What the user has selected on the map; the inspector shows it and the commands act on it. */
public sealed interface Selection {
    /** Nothing: the inspector shows the map itself. */
    record None() implements Selection {
    }

    /** One or more cards, in the order they were selected. */
    record Cards(List<String> ids) implements Selection {
        public Cards {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a card selection needs at least one card; use Selection.NONE");
            }
        }
    }

    /** A phase (its header). */
    record PhaseSelected(String phaseId) implements Selection {
    }

    /** A lane (its header). */
    record LaneSelected(String laneId) implements Selection {
    }

    /** An empty cell, where a paste or a new card goes; arrow keys move through cells. */
    record CellSelected(String phaseId, String laneId) implements Selection {
    }

    /** A persona. */
    record PersonaSelected(String personaId) implements Selection {
    }

    /** One point of an emotion curve. */
    record CurvePointSelected(String curveId, String pointId) implements Selection {
    }

    Selection NONE = new None();

    /** The selected card ids, empty unless cards are selected. */
    default List<String> cardIds() {
        return this instanceof Cards c ? c.ids() : List.of();
    }

    /** A selection of the given cards, or NONE for none. */
    static Selection ofCards(List<String> ids) {
        return ids.isEmpty() ? NONE : new Cards(ids);
    }
}
