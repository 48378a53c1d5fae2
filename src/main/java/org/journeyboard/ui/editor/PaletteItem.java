package org.journeyboard.ui.editor;

import java.util.Optional;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;

/**
 * What the palette offers to drag onto the map: a card kind, and for touchpoints their type. Travels in a
 * drag-and-drop as text under {@link #DRAG_FORMAT} ("touchpoint:email", "painPoint").
 */
public record PaletteItem(CardKind kind, TouchpointType type) {
    /** The mime type of a palette item in a drag-and-drop (a javafx DataFormat of this id). */
    public static final String DRAG_FORMAT = "application/x-journeyboard-palette-item";

    public PaletteItem {
        if (kind == CardKind.TOUCHPOINT && type == null) {
            type = TouchpointType.CUSTOM;
        }
        if (kind != CardKind.TOUCHPOINT) {
            type = null;
        }
    }

    /** The text form carried by a drag. */
    public String code() {
        return type == null ? kind.code() : kind.code() + ":" + type.code();
    }

    /** Reads {@link #code()} back; empty for anything else. */
    public static Optional<PaletteItem> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            int colon = code.indexOf(':');
            CardKind kind = CardKind.ofCode(colon < 0 ? code : code.substring(0, colon));
            TouchpointType type = colon < 0 ? null : TouchpointType.ofCode(code.substring(colon + 1));
            return Optional.of(new PaletteItem(kind, type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
