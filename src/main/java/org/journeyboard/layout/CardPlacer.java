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
     * Places {@code cards} (already in order) in the cell at {@code cellX} of {@code cellWidth} whose cards start below
     * {@code top}. Offsets below the top are summed without the top, and each box stands at top plus its offset, so
     * that {@link #moved} gives exactly the boxes that placing the same cards at another top would.
     */
    CellCards place(List<Card> cards, double cellX, double top, double cellWidth) {
        if (cards.isEmpty()) {
            return CellCards.empty(cellX, cellWidth, top);
        }
        int cols = columns(cellWidth);
        double cardWidth = (cellWidth - 2 * s.cellPadding() - (cols - 1) * s.cardGap()) / cols;
        double[] offsets = new double[cards.size()];
        List<CardBox> boxes = new ArrayList<>(cards.size());
        double offset = s.cellPadding();
        double depth = 0;
        for (int i = 0; i < cards.size(); i += cols) {
            double rowHeight = 0;
            for (int c = 0; c < cols && i + c < cards.size(); c++) {
                double x = cellX + s.cellPadding() + c * (cardWidth + s.cardGap());
                CardBox box = box(cards.get(i + c), x, top + offset, cardWidth);
                offsets[i + c] = offset;
                boxes.add(box);
                rowHeight = Math.max(rowHeight, box.rect().height());
            }
            depth = offset + rowHeight;
            offset = depth + s.cardGap();
        }
        return new CellCards(cards, cellX, cellWidth, top, offsets, depth, boxes, new CellCards.Positions());
    }

    /** The cell's cards where placing them below {@code newTop} puts them, without measuring them again. */
    CellCards moved(CellCards cell, double newTop) {
        if (newTop == cell.top) {
            return cell;
        }
        List<CardBox> boxes = new ArrayList<>(cell.boxes.size());
        for (int i = 0; i < cell.boxes.size(); i++) {
            CardBox b = cell.boxes.get(i);
            Rect r = b.rect();
            boxes.add(at(b.cardId(), b.phaseId(), b.laneId(), b.kind(), b.title().lines(), b.touchpointType(),
                    b.badge(), b.badgeRect() == null ? 0 : b.badgeRect().width(), b.emotion(), b.votes(), r.x(),
                    newTop + cell.offsets[i], r.width(), r.height()));
        }
        return cell.at(newTop, boxes);
    }

    private CardBox box(Card card, double x, double y, double width) {
        double pad = s.cardPadding();
        TouchpointType type = card.kind() == CardKind.TOUCHPOINT && card.touchpoint() != null
                ? card.touchpoint().type() : null;
        String badge = badge(card);
        Integer emotion = card.emotion() == null ? null : Math.max(-2, Math.min(2, card.emotion()));
        double headerHeight = headerHeight(type, badge, emotion, card.votes());
        List<String> title = TextBlock.wrap(card.title(), 0, 0, width - 2 * pad, s.cardTitleSize(), false,
                s.cardTitleMaxLines()).lines();
        double titleHeight = new TextBlock(title, 0, 0, s.cardTitleSize(), false).height();
        double height = Math.ceil(Math.max(s.cardMinHeight(), 2 * pad + headerHeight + titleHeight));
        double badgeWidth = badge.isEmpty() ? 0 : badgeFont.width(badge, s.badgeSize()) + 8;
        return at(card.id(), card.phaseId(), card.laneId(), card.kind(), title, type, badge, badgeWidth, emotion,
                card.votes(), x, y, width, height);
    }

    private double headerHeight(TouchpointType type, String badge, Integer emotion, int votes) {
        boolean headerRow = type != null || !badge.isEmpty() || emotion != null || votes > 0;
        return headerRow ? s.cardIconSize() + 4 : 0;
    }

    /** A card's box at (x, y) from what measuring it gave: the one place where a box's parts are positioned. */
    private CardBox at(String id, String phaseId, String laneId, CardKind kind, List<String> title,
                       TouchpointType type, String badge, double badgeWidth, Integer emotion, int votes, double x,
                       double y, double width, double height) {
        double pad = s.cardPadding();
        double headerHeight = headerHeight(type, badge, emotion, votes);
        TextBlock titleBlock = new TextBlock(title, x + pad, y + pad + headerHeight, s.cardTitleSize(), false);
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
            badgeRect = new Rect(right - badgeWidth, y + pad + (s.cardIconSize() - BADGE_HEIGHT) / 2, badgeWidth,
                    BADGE_HEIGHT);
            double textTop = badgeRect.y() + (BADGE_HEIGHT - badgeFont.ascent(s.badgeSize())
                    - badgeFont.descent(s.badgeSize())) / 2;
            badgeText = new TextBlock(List.of(badge), badgeRect.x() + 4, textTop, s.badgeSize(), true);
        }
        double votesLeft = icon == null ? x + pad : icon.right() + 4;
        double votesRight = badgeRect != null ? badgeRect.x() - 4 : right;
        Rect votesRect = null;
        TextBlock votesText = TextBlock.empty(x, y);
        if (votes > 0) {
            double dotsTop = y + pad + (s.cardIconSize() - DOT_SIZE) / 2;
            double dotsWidth = votes * DOT_STEP - (DOT_STEP - DOT_SIZE);
            if (votes <= CardBox.DOTS_DRAWN && votesLeft + dotsWidth <= votesRight) {
                votesRect = new Rect(votesLeft, dotsTop, dotsWidth, DOT_SIZE);
            } else {
                // many dots, or no room for them: one dot and the number
                String number = String.valueOf(votes);
                double textWidth = badgeFont.width(number, s.badgeSize());
                votesRect = new Rect(votesLeft, dotsTop, DOT_STEP + textWidth, DOT_SIZE);
                double textTop = dotsTop + (DOT_SIZE - badgeFont.ascent(s.badgeSize())
                        - badgeFont.descent(s.badgeSize())) / 2;
                votesText = new TextBlock(List.of(number), votesLeft + DOT_STEP, textTop, s.badgeSize(), true);
            }
        }
        return new CardBox(id, phaseId, laneId, kind, new Rect(x, y, width, height), titleBlock, type, icon, badge,
                badgeRect, badgeText, emotion, face, votes, votesRect, votesText);
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
