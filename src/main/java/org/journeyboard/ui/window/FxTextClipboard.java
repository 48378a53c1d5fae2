package org.journeyboard.ui.window;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.journeyboard.ui.editor.TextClipboard;

/** The system clipboard: our JSON under its own format for Journeyboard, plain text beside it for other programs. */
public final class FxTextClipboard implements TextClipboard {
    /** The mime type of copied cards. */
    public static final String MIME = "application/x-journeyboard-cards+json";

    private static DataFormat format;

    /** The data format of copied cards (JavaFX allows one instance per id in a JVM). */
    public static synchronized DataFormat format() {
        if (format == null) {
            DataFormat existing = DataFormat.lookupMimeType(MIME);
            format = existing != null ? existing : new DataFormat(MIME);
        }
        return format;
    }

    @Override
    public void put(String journeyboardJson, String plainText) {
        Clipboard.getSystemClipboard().setContent(Map.of(format(), journeyboardJson, DataFormat.PLAIN_TEXT, plainText));
    }

    @Override
    public Optional<String> journeyboardText() {
        Object content = Clipboard.getSystemClipboard().getContent(format());
        return content instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public Optional<String> plainText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }
}
