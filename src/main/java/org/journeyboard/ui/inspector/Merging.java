package org.journeyboard.ui.inspector;

import org.journeyboard.edit.Edit;

/** Turns an edit that always stands alone into one that merges with the next of the same field (spinners, typing). */
final class Merging {
    private Merging() {
    }

    static Edit as(String mergeKey, Edit edit) {
        return Edit.mergeable(edit.nameKey(), mergeKey, edit::apply);
    }
}
