package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;

/**
 * Places the cards of one cell as a stack of sticky notes: one column in a normal phase, several side by side in a
 * wide one, row by row in card order, each note as tall as its wrapped title needs.
 */
final class CardPlacer {
    private static final double BADGE_HEIGHT = 14;
    private static final double FACE_SIZE = 14;
    /** A vote dot's diameter and the step from one dot to the next. */
    static final double DOT_SIZE = 8;
    static final double DOT_STEP = 10;

    private final LayoutStyle s;
    private final FontMetrics badgeFont = FontMetrics.bold();

    CardPlacer(LayoutStyle style) {
        this.s = style;
    }

    /** How many cards stand side by side in a cell of this width. */
    int columns(double cellWidth) {
        double usable = cellWidth - 2 * s.cellPadding() + s.cardGap();
        return Math.max(1, (int) Math.floor(usable / (s.cardMinWidth() + s.cardGap())));
    }

    /**
     * Adds boxes for {@code cards} (already in order) to {@code out}, starting below {@code top}; returns the bottom
     * of the lowest card, or {@code top} when there are none.
     */
    double place(List<Card> cards, double cellX, double top, double cellWidth, List<CardBox> out) {
        if (cards.isEmpty()) {
            return top;
        }
        int cols = columns(cellWidth);
        double cardWidth = (cellWidth - 2 * s.cellPadding() - (cols - 1) * s.cardGap()) / cols;
        double y = top + s.cellPadding();
        List<CardBox> row = new ArrayList<>(cols);
        double bottom = top;
        for (int i = 0; i < cards.size(); i += cols) {
            row.clear();
            double rowHeight = 0;
            for (int c = 0; c < cols && i + c < cards.size(); c++) {
                double x = cellX + s.cellPadding() + c * (cardWidth + s.cardGap());
                CardBox box = box(cards.get(i + c), x, y, cardWidth);
                row.add(box);
                rowHeight = Math.max(rowHeight, box.rect().height());
            }
            out.addAll(row);
            bottom = y + rowHeight;
            y = bottom + s.cardGap();
        }
        return bottom;
    }

    private CardBox box(Card card, double x, double y, double width) {
        double pad = s.cardPadding();
        TouchpointType type = card.kind() == CardKind.TOUCHPOINT && card.touchpoint() != null
                ? card.touchpoint().type() : null;
        String badge = badge(card);
        Integer emotion = card.emotion() == null ? null : Math.max(-2, Math.min(2, card.emotion()));
        boolean headerRow = type != null || !badge.isEmpty() || emotion != null || card.votes() > 0;
        double headerHeight = headerRow ? s.cardIconSize() + 4 : 0;
        TextBlock title = TextBlock.wrap(card.title(), x + pad, y + pad + headerHeight, width - 2 * pad,
                s.cardTitleSize(), false, s.cardTitleMaxLines());
        double height = Math.ceil(Math.max(s.cardMinHeight(), 2 * pad + headerHeight + title.height()));
        Rect icon = type == null ? null : new Rect(x + pad, y + pad, s.cardIconSize(), s.cardIconSize());
        double right = x + width - pad;
        Rect face = null;
        if (emotion != null) {
            face = new Rect(right - FACE_SIZE, y + pad + (s.cardIconSize() - FACE_SIZE) / 2, FACE_SIZE, FACE_SIZE);
            right = face.x() - 4;
        }
        Rect badgeRect = null;
        TextBlock badgeText = TextBlock.empty(x, y);
        if (!badge.isEmpty()) {
            double w = badgeFont.width(badge, s.badgeSize()) + 8;
            badgeRect = new Rect(right - w, y + pad + (s.cardIconSize() - BADGE_HEIGHT) / 2, w, BADGE_HEIGHT);
            double textTop = badgeRect.y() + (BADGE_HEIGHT - badgeFont.ascent(s.badgeSize())
                    - badgeFont.descent(s.badgeSize())) / 2;
            badgeText = new TextBlock(List.of(badge), badgeRect.x() + 4, textTop, s.badgeSize(), true);
        }
        double votesLeft = icon == null ? x + pad : icon.right() + 4;
        double votesRight = badgeRect != null ? badgeRect.x() - 4 : right;
        Rect votesRect = null;
        TextBlock votesText = TextBlock.empty(x, y);
        if (card.votes() > 0) {
            double dotsTop = y + pad + (s.cardIconSize() - DOT_SIZE) / 2;
            double dotsWidth = card.votes() * DOT_STEP - (DOT_STEP - DOT_SIZE);
            if (card.votes() <= CardBox.DOTS_DRAWN && votesLeft + dotsWidth <= votesRight) {
                votesRect = new Rect(votesLeft, dotsTop, dotsWidth, DOT_SIZE);
            } else {
                // many dots, or no room for them: one dot and the number
                String number = String.valueOf(card.votes());
                double textWidth = badgeFont.width(number, s.badgeSize());
                votesRect = new Rect(votesLeft, dotsTop, DOT_STEP + textWidth, DOT_SIZE);
                double textTop = dotsTop + (DOT_SIZE - badgeFont.ascent(s.badgeSize())
                        - badgeFont.descent(s.badgeSize())) / 2;
                votesText = new TextBlock(List.of(number), votesLeft + DOT_STEP, textTop, s.badgeSize(), true);
            }
        }
        return new CardBox(card.id(), card.phaseId(), card.laneId(), card.kind(), new Rect(x, y, width, height),
                title, type, icon, badge, badgeRect, badgeText, emotion, face, card.votes(), votesRect, votesText);
    }

    /** "S4" for a pain point's severity, "I4·E2" for an opportunity's impact and effort, else the emotion "+1". */
    static String badge(Card card) {
        if (card.kind() == CardKind.PAIN_POINT && card.severity() != null) {
            return "S" + card.severity();
        }
        if (card.kind() == CardKind.OPPORTUNITY && (card.impact() != null || card.effort() != null)) {
            String impact = card.impact() == null ? "" : "I" + card.impact();
            String effort = card.effort() == null ? "" : "E" + card.effort();
            return impact.isEmpty() || effort.isEmpty() ? impact + effort : impact + "·" + effort;
        }
        if (card.emotion() != null) {
            int e = Math.max(-2, Math.min(2, card.emotion()));
            return e > 0 ? "+" + e : e < 0 ? "−" + -e : "0";
        }
        return "";
    }
}
