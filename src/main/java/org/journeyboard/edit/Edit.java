package org.journeyboard.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.journeyboard.model.JourneyMap;

/**
 * One user-visible change to a journey map, as a pure function from the old map to the new one; the unit of undo.
 *
 * <p>Edits never touch the map's {@code modified} timestamp (saving does that). An edit that refers to an id the
 * map does not have throws {@link IllegalArgumentException}: the editor only offers what exists, so that is a
 * programming error, not a user error. An edit whose result equals its input is a no-op and is not recorded.
 */
public interface Edit {

    /** Key into the {@code edits} resource bundle for the name users see, e.g. "Undo Move card"; see {@link EditNames}. */
    String nameKey();

    /** The map after this edit; {@code map} itself is never changed. */
    JourneyMap apply(JourneyMap map);

    /**
     * Edits with the same non-empty merge key that follow each other (e.g. keystrokes in one field) may be merged
     * by {@link History} into one undo step. Empty for edits that always stand alone.
     */
    default Optional<String> mergeKey() {
        return Optional.empty();
    }

    /** An edit that stands alone in the history. */
    static Edit of(String nameKey, UnaryOperator<JourneyMap> change) {
        return new FunctionEdit(nameKey, null, change);
    }

    /** An edit that {@link History} may merge with directly following edits of the same {@code mergeKey}. */
    static Edit mergeable(String nameKey, String mergeKey, UnaryOperator<JourneyMap> change) {
        return new FunctionEdit(nameKey, Objects.requireNonNull(mergeKey, "mergeKey"), change);
    }

    /** Several edits applied in order as one undo step (one gesture, e.g. moving a multi-selection), named {@code nameKey}. */
    static Edit compose(String nameKey, Edit... edits) {
        return compose(nameKey, List.of(edits));
    }

    /** Several edits applied in order as one undo step, named {@code nameKey}. */
    static Edit compose(String nameKey, List<? extends Edit> edits) {
        return new ComposedEdit(nameKey, List.copyOf(edits));
    }
}
