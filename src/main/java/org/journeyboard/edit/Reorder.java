package org.journeyboard.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Inserting into and moving within the ordered lists of a map (phases, lanes, curves, personas). */
final class Reorder {
    private Reorder() {
    }

    /** {@code items} with {@code item} inserted at {@code index}, clamped to the list. */
    static <T> List<T> insert(List<T> items, T item, int index) {
        List<T> result = new ArrayList<>(items);
        result.add(Existing.clamp(index, items.size()), item);
        return result;
    }

    /** {@code items} with the item of that id moved to {@code newIndex} (clamped), counted after taking it out. */
    static <T> List<T> move(List<T> items, Function<T, String> idOf, String id, int newIndex) {
        List<T> result = new ArrayList<>(items);
        int from = indexOf(items, idOf, id);
        T item = result.remove(from);
        result.add(Existing.clamp(newIndex, result.size()), item);
        return result;
    }

    private static <T> int indexOf(List<T> items, Function<T, String> idOf, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item with id '" + id + "' to move");
    }
}
