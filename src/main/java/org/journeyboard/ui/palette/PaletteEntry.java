package org.journeyboard.ui.palette;

import java.util.Locale;
import org.journeyboard.ui.editor.PaletteItem;

/**
 * One thing the palette offers: the item a drag carries, its section, the name and tooltip shown, and the name in
 * the other language (searching finds an item by its German or English name alike).
 */
public record PaletteEntry(PaletteItem item, PaletteGroup group, String name, String tooltip, String otherName) {

    /** Whether {@code query} (trimmed, any case) occurs in the name in either language; an empty query matches. */
    public boolean matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || name.toLowerCase(Locale.ROOT).contains(q) || otherName.toLowerCase(Locale.ROOT).contains(q);
    }
}
