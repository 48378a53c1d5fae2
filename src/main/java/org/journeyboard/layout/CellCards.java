package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.Card;

/**
 * The cards of one cell as laid out: their boxes in drawing order, and what the layout of a later version of the map
 * needs to keep them as they are or to move them down or up with the cell ({@link CardPlacer#moved}): the sorted cards
 * they were made from and each card's offset below the cell's top. Also finds the cell's cards by area, point and id
 * without looking at all of them (boxes stand in rows, so their tops never go up in drawing order).
 */
final class CellCards {
    final List<Card> cards;
    final double x;
    final double width;
    final double top;
    /** Each box's distance below {@link #top}, computed without the top so that moving the cell keeps it exact. */
    final double[] offsets;
    /** How far below {@link #top} the lowest card ends. */
    final double depth;
    final List<CardBox> boxes;
    /** {@code top + depth}: the bottom of the lowest card, or the top when there are none. */
    final double bottom;
    private final Positions positions;
    private final Rect bounds;
    private final double tallest;
    private final boolean topsInOrder;

    CellCards(List<Card> cards, double x, double width, double top, double[] offsets, double depth,
              List<CardBox> boxes, Positions positions) {
        this.cards = cards;
        this.x = x;
        this.width = width;
        this.top = top;
        this.offsets = offsets;
        this.depth = depth;
        this.boxes = List.copyOf(boxes);
        this.bottom = boxes.isEmpty() ? top : top + depth;
        this.positions = positions;
        double left = Double.POSITIVE_INFINITY;
        double up = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double down = Double.NEGATIVE_INFINITY;
        double tall = 0;
        boolean inOrder = true;
        double lastTop = Double.NEGATIVE_INFINITY;
        for (CardBox b : this.boxes) {
            Rect r = b.rect();
            left = Math.min(left, r.x());
            up = Math.min(up, r.y());
            right = Math.max(right, r.right());
            down = Math.max(down, r.bottom());
            tall = Math.max(tall, r.height());
            inOrder &= r.y() >= lastTop;
            lastTop = r.y();
        }
        this.bounds = this.boxes.isEmpty() ? null : new Rect(left, up, right - left, down - up);
        this.tallest = tall;
        this.topsInOrder = inOrder;
    }

    /** An empty cell. */
    static CellCards empty(double x, double width, double top) {
        return new CellCards(List.of(), x, width, top, new double[0], 0, List.of(), new Positions());
    }

    /** The same cards in the same places of the cell, which now starts at {@code newTop}. */
    CellCards at(double newTop, List<CardBox> movedBoxes) {
        return new CellCards(cards, x, width, newTop, offsets, depth, movedBoxes, positions);
    }

    /** Where the id's positions are kept: shared by every version of the cell that holds the same cards. */
    Positions positions() {
        return positions;
    }

    /** Adds the boxes that share an area with {@code area} to {@code out}, in drawing order. */
    void in(Rect area, List<CardBox> out) {
        if (bounds == null || !bounds.intersects(area)) {
            return;
        }
        for (int i = firstReaching(area.y()); i < boxes.size(); i++) {
            Rect r = boxes.get(i).rect();
            if (topsInOrder && r.y() >= area.bottom()) {
                return;
            }
            if (r.intersects(area)) {
                out.add(boxes.get(i));
            }
        }
    }

    /** The box drawn on top at (px, py), or null. */
    CardBox at(double px, double py) {
        if (bounds == null || !bounds.contains(px, py)) {
            return null;
        }
        int first = firstReaching(py);
        for (int i = boxes.size() - 1; i >= first; i--) {
            if (boxes.get(i).rect().contains(px, py)) {
                return boxes.get(i);
            }
        }
        return null;
    }

    /** The last box of this card id, or null. */
    CardBox card(String cardId) {
        Integer i = positions.of(boxes).get(cardId);
        return i == null ? null : boxes.get(i);
    }

    /**
     * The first box that may reach below {@code y}: no box before it ends below y, since a box's top plus the tallest
     * height is at least its bottom (0 when the tops are not in order).
     */
    private int firstReaching(double y) {
        if (!topsInOrder) {
            return 0;
        }
        int lo = 0;
        int hi = boxes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boxes.get(mid).rect().y() + tallest > y) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Card id to the position of its last box in the cell, made when first asked (most cells are never asked) and
     * shared by the versions of a cell moved with its row, whose boxes stand in the same order. Safe from any thread.
     */
    static final class Positions {
        private volatile Map<String, Integer> byId;

        Map<String, Integer> of(List<CardBox> boxes) {
            Map<String, Integer> known = byId;
            if (known == null) {
                Map<String, Integer> made = new HashMap<>(boxes.size() * 2);
                for (int i = 0; i < boxes.size(); i++) {
                    made.put(boxes.get(i).cardId(), i);
                }
                byId = made;
                known = made;
            }
            return known;
        }
    }

    /** The boxes of several cells, in the order given. */
    static List<CardBox> boxesOf(List<CellCards> cells) {
        int n = 0;
        for (CellCards c : cells) {
            n += c.boxes.size();
        }
        List<CardBox> all = new ArrayList<>(n);
        for (CellCards c : cells) {
            all.addAll(c.boxes);
        }
        return all;
    }
}
