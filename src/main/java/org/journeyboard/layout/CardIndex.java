package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds cards by id, in a rectangle or under a point without looking at every card, so that culling and hit tests stay
 * fast on maps with tens of thousands of cards: the cards are kept cell by cell ({@link CellCards}), each cell knows
 * the area its cards cover, and within a cell a search by height finds the few near the place asked about. Because it
 * is made of the cells, a layout that keeps most cells of the previous one keeps their part of the index too.
 */
final class CardIndex {
    private final List<CellCards> cells;
    /** Card id to the cell (its position in {@link #cells}) of the card's last box in drawing order. */
    private final Map<String, Integer> cellOf;

    private CardIndex(List<CellCards> cells, Map<String, Integer> cellOf) {
        this.cells = cells;
        this.cellOf = cellOf;
    }

    /** The index of {@code cells} (in drawing order). */
    static CardIndex of(List<CellCards> cells) {
        Map<String, Integer> cellOf = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            for (CardBox b : cells.get(i).boxes) {
                cellOf.put(b.cardId(), i);
            }
        }
        return new CardIndex(List.copyOf(cells), cellOf);
    }

    /**
     * The index of {@code cells}, which hold cards of the same ids in the same cells as those of {@code earlier}
     * (only their look or place in the cell may differ): the map from card to cell is the earlier one.
     */
    static CardIndex sameCardsAs(CardIndex earlier, List<CellCards> cells) {
        return new CardIndex(List.copyOf(cells), earlier.cellOf);
    }

    List<CellCards> cells() {
        return cells;
    }

    CardBox card(String cardId) {
        Integer cell = cellOf.get(cardId);
        return cell == null ? null : cells.get(cell).card(cardId);
    }

    /** The cards whose rectangle shares an area with {@code area}, in drawing order. */
    List<CardBox> in(Rect area) {
        List<CardBox> result = new ArrayList<>();
        for (CellCards cell : cells) {
            cell.in(area, result);
        }
        return result;
    }

    /** The card drawn on top at (x, y), or null. */
    CardBox at(double x, double y) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            CardBox hit = cells.get(i).at(x, y);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
