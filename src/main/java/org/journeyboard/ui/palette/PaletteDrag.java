package org.journeyboard.ui.palette;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.journeyboard.ui.editor.PaletteItem;

/** What a palette item puts into a drag-and-drop: its code under our format, and as plain text for other programs. */
public final class PaletteDrag {
    private PaletteDrag() {
    }

    /** The data format of {@link PaletteItem#DRAG_FORMAT}; JavaFX allows one instance per mime type, so look it up first. */
    public static synchronized DataFormat format() {
        DataFormat existing = DataFormat.lookupMimeType(PaletteItem.DRAG_FORMAT);
        return existing != null ? existing : new DataFormat(PaletteItem.DRAG_FORMAT);
    }

    /** The content a drag of {@code item} carries. */
    public static ClipboardContent content(PaletteItem item) {
        ClipboardContent content = new ClipboardContent();
        content.put(format(), item.code());
        content.putString(item.code());
        return content;
    }
}
