package org.journeyboard.ui.canvas;

import java.util.Optional;
import org.journeyboard.ui.editor.TextClipboard;

/** A clipboard that holds nothing, for card commands used where nothing is copied or pasted (the canvas's gestures). */
public final class NoClipboard implements TextClipboard {
    /** The one empty clipboard. */
    public static final NoClipboard INSTANCE = new NoClipboard();

    private NoClipboard() {
    }

    @Override
    public void put(String journeyboardJson, String plainText) {
        // nothing to keep: the canvas never copies
    }

    @Override
    public Optional<String> journeyboardText() {
        return Optional.empty();
    }

    @Override
    public Optional<String> plainText() {
        return Optional.empty();
    }
}
