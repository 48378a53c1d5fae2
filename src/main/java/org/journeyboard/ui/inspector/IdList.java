package org.journeyboard.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ListView;

/** A short list of named things of the map (personas, curves) that keeps its selected id when the names change. */
final class IdList extends ListView<Choice<String>> {
    private final Supplier<List<Choice<String>>> entries;
    private boolean updating;

    IdList(Supplier<List<Choice<String>>> entries, String accessibleText) {
        this.entries = entries;
        setAccessibleText(accessibleText);
        setPrefHeight(96);
        update();
    }

    /** Shows the current entries; keeps the selected id selected if it still exists. */
    void update() {
        List<Choice<String>> now = entries.get();
        if (getItems().equals(now)) {
            return;
        }
        Optional<String> selected = selectedId();
        updating = true;
        try {
            getItems().setAll(now);
            selected.ifPresent(this::select);
        } finally {
            updating = false;
        }
    }

    /** True while {@link #update()} replaces the items (the selection then flickers through none). */
    boolean isUpdating() {
        return updating;
    }

    Optional<String> selectedId() {
        return Optional.ofNullable(getSelectionModel().getSelectedItem()).map(Choice::value);
    }

    void select(String id) {
        for (Choice<String> c : getItems()) {
            if (c.value().equals(id)) {
                getSelectionModel().select(c);
                return;
            }
        }
    }
}
