package org.journeyboard.layout;

/** A persona's card above the grid: name and role. */
public record PersonaBox(String personaId, Rect rect, TextBlock name, TextBlock role) {
}
