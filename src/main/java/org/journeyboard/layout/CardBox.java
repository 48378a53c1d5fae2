package org.journeyboard.layout;

import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;

/**
 * Where a card is drawn and what is on it: the note's rectangle, its wrapped title, the touchpoint icon's square
 * ({@code icon} and {@code touchpointType} null unless it is a touchpoint), a badge such as "S4" or "I4·E2"
 * ({@code badge} empty and {@code badgeRect} null when there is none) and a face for its emotion score
 * ({@code face} and {@code emotion} null when it has none), and the dots a workshop gave it: {@code votes} dots in
 * {@code votesRect}, or for many votes one dot and the number ({@code votesText}, empty for dots only; the rect null
 * without votes).
 */
public record CardBox(String cardId, String phaseId, String laneId, CardKind kind, Rect rect, TextBlock title,
                      TouchpointType touchpointType, Rect icon, String badge, Rect badgeRect, TextBlock badgeText,
                      Integer emotion, Rect face, int votes, Rect votesRect, TextBlock votesText) {
    /** How many dots are drawn for {@code votes}: each one up to this many, beyond it one dot and the number. */
    public static final int DOTS_DRAWN = 5;

    /** The dots drawn in {@code votesRect}: one per vote, or one before the number. */
    public int dotsDrawn() {
        return votesText.lines().isEmpty() ? votes : 1;
    }
}
