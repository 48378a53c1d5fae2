package org.journeyboard.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.journeyboard.model.JourneyMap;

/** An edit made of a name, an optional merge key and a function; what the factories in this package return. */
record FunctionEdit(String nameKey, String mergeKeyOrNull, UnaryOperator<JourneyMap> change) implements Edit {
    FunctionEdit {
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(change, "change");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return change.apply(Objects.requireNonNull(map, "map"));
    }

    @Override
    public Optional<String> mergeKey() {
        return Optional.ofNullable(mergeKeyOrNull);
    }

    @Override
    public String toString() {
        // the function's own toString is a lambda class name: useless in test failures and logs
        return mergeKeyOrNull == null ? "Edit[" + nameKey + "]" : "Edit[" + nameKey + ", merge " + mergeKeyOrNull + "]";
    }
}
