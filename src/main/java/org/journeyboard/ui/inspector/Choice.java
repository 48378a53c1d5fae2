package org.journeyboard.ui.inspector;

/** One entry of a choice box: the model value (null for "none") and the name users read. */
record Choice<T>(T value, String name) {
    @Override
    public String toString() {
        // ComboBox and SearchableComboBox show and search toString
        return name;
    }
}
