package org.journeyboard.edit;

import java.util.List;
import java.util.Objects;
import org.journeyboard.model.JourneyMap;

/** Several edits applied in order that count as one step in the history (one gesture). */
record ComposedEdit(String nameKey, List<Edit> steps) implements Edit {
    ComposedEdit {
        Objects.requireNonNull(nameKey, "nameKey");
        steps = List.copyOf(steps);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap result = Objects.requireNonNull(map, "map");
        for (Edit step : steps) {
            result = step.apply(result);
        }
        return result;
    }

    @Override
    public String toString() {
        return "Edit[" + nameKey + ", " + steps + "]";
    }
}
