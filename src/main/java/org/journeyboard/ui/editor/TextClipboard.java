package org.journeyboard.ui.editor;

import java.util.Optional;

/** The system clipboard as the card commands see it: our JSON beside plain text (the window plugs in JavaFX's). */
public interface TextClipboard {
    /** Puts our JSON for Journeyboard and plain text for other programs on the clipboard at once. */
    void put(String journeyboardJson, String plainText);

    /** Our JSON, if the clipboard holds it. */
    Optional<String> journeyboardText();

    /** The plain text on the clipboard, if any. */
    Optional<String> plainText();
}
