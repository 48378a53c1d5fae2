package org.journeyboard.insights;

import org.journeyboard.model.Card;
import org.journeyboard.model.Phase;

/** An opportunity card placed in the matrix; {@code quadrant} is null when impact or effort is not given. */
public record PlacedOpportunity(Card card, Phase phase, Integer impact, Integer effort, Quadrant quadrant) {
}
