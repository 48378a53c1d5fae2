package org.journeyboard.layout;

import org.journeyboard.model.Picture;

/**
 * A persona's card above the grid: name and role, and left of them the persona's picture in {@code pictureBox}
 * ({@code picture} and {@code pictureBox} are null when the persona has none).
 */
public record PersonaBox(String personaId, Rect rect, TextBlock name, TextBlock role, Rect pictureBox,
                         Picture picture) {

    /** A persona card without a picture. */
    public PersonaBox(String personaId, Rect rect, TextBlock name, TextBlock role) {
        this(personaId, rect, name, role, null, null);
    }

    public boolean hasPicture() {
        return picture != null && pictureBox != null;
    }
}
