package org.journeyboard.edit;

import java.util.Objects;
import org.journeyboard.model.Language;

/** Edits of the map's own fields: title, description, author and language. Text fields merge while the user types. */
public final class MapEdits {
    private MapEdits() {
    }

    public static Edit setTitle(String title) {
        return Edit.mergeable("edit.map.title", "map:title", map -> map.withTitle(title));
    }

    public static Edit setDescription(String description) {
        return Edit.mergeable("edit.map.description", "map:description", map -> map.withDescription(description));
    }

    public static Edit setAuthor(String author) {
        return Edit.mergeable("edit.map.author", "map:author", map -> map.withAuthor(author));
    }

    /** Sets the language the map is written in (it decides template texts and export labels). */
    public static Edit setLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        return Edit.of("edit.map.language", map -> map.withLanguage(language));
    }
}
