package org.journeyboard.layout;

import org.journeyboard.model.Colour;

/** One line of the curve legend: a short stroke in the curve's colour and its name. */
public record LegendEntry(String curveId, Colour colour, double lineX1, double lineX2, double lineY, TextBlock name) {
}
