package org.journeyboard.ui.inspector;

import javafx.scene.Node;

/** The inspector's fields for one kind of selection; one implementation per kind keeps each file small. */
interface SelectionEditor {
    Node node();

    /**
     * Shows the document's current values. False when the editor cannot show them in its current shape (what it
     * edits is gone, or a card changed kind, or a list grew), so the inspector builds a fresh one.
     */
    boolean refresh();
}
