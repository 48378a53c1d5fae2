package org.journeyboard.layout;

import org.journeyboard.model.Colour;

/** Where a phase is drawn: its coloured header (name, goal) and its column through all lanes. */
public record PhaseBox(String phaseId, int index, Colour colour, Rect header, Rect column, TextBlock name,
                       TextBlock goal) {
}
