package org.journeyboard.insights;

import org.journeyboard.model.Card;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;

/**
 * A pain point in the ranking: its place (1 = worst), the card, its phase and lane, and how low the emotion is
 * there ({@code emotion}: the card's own score, else the lowest curve point in its phase; null when neither).
 */
public record RankedPainPoint(int rank, Card card, Phase phase, Lane lane, Double emotion) {
    public int severity() {
        return card.severity() == null ? 0 : card.severity();
    }

    public int votes() {
        return card.votes();
    }
}
