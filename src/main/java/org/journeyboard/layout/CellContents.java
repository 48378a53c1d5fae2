package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/**
 * The cards of every cell, sorted as they are drawn (by order, ties by id, else as they come in the map). After an
 * edit of a few cards only the cells those cards leave or enter are gathered and sorted again; every other cell has
 * the very list of the earlier layout, which tells the layout that its cards can stay as they were.
 */
final class CellContents {
    private static final Comparator<Card> DRAWING_ORDER = (a, b) -> a.order() != b.order()
            ? Integer.compare(a.order(), b.order()) : a.id().compareTo(b.id());

    /** A cell of the grid. */
    private record Cell(String phaseId, String laneId) {
    }

    /** The cells gathered here: all of them, or with {@link #earlier} only those the edit touched. */
    private final Map<Cell, List<Card>> gathered;
    /** The earlier layout's cells in drawing order, for the cells not gathered; null when all are. */
    private final List<CellCards> earlier;
    private final boolean sameCardsInCells;

    private CellContents(Map<Cell, List<Card>> gathered, List<CellCards> earlier, boolean sameCardsInCells) {
        this.gathered = gathered;
        this.earlier = earlier;
        this.sameCardsInCells = sameCardsInCells;
    }

    /** Every cell of {@code map} gathered and sorted. */
    static CellContents of(JourneyMap map) {
        return new CellContents(gather(map.cards(), null), null, false);
    }

    /**
     * The cells of {@code map}, whose cards differ from {@code before}'s (laid out as {@code earlierCells}, the same
     * grid) in some places of the card list: with as many cards, only the cells of the cards that differ are gathered
     * again; else every cell is.
     */
    static CellContents after(JourneyMap before, List<CellCards> earlierCells, JourneyMap map) {
        List<Card> was = before.cards();
        List<Card> now = map.cards();
        if (was.size() != now.size()) {
            return of(map);
        }
        List<Cell> touched = new ArrayList<>();
        boolean sameCardsInCells = true;
        for (int i = 0; i < now.size(); i++) {
            Card a = was.get(i);
            Card b = now.get(i);
            if (a != b) {
                addOnce(touched, new Cell(a.phaseId(), a.laneId()));
                addOnce(touched, new Cell(b.phaseId(), b.laneId()));
                sameCardsInCells &= Objects.equals(a.id(), b.id()) && Objects.equals(a.phaseId(), b.phaseId())
                        && Objects.equals(a.laneId(), b.laneId());
            }
        }
        return new CellContents(gather(now, touched), earlierCells, sameCardsInCells);
    }

    /**
     * Whether every cell holds cards of the same ids as before (a card's text or fields changed, not its cell); false
     * when that is not known.
     */
    boolean sameCardsInCells() {
        return sameCardsInCells;
    }

    /** The sorted cards of the cell in slot {@code slot} of the drawing order (the earlier layout's list if kept). */
    List<Card> cell(int slot, String phaseId, String laneId) {
        List<Card> cards = gathered.get(new Cell(phaseId, laneId));
        if (cards != null) {
            return cards;
        }
        return earlier == null ? List.of() : earlier.get(slot).cards;
    }

    private static void addOnce(List<Cell> cells, Cell cell) {
        if (!cells.contains(cell)) {
            cells.add(cell);
        }
    }

    /** The cards of the given cells (all cells when null), each cell's sorted, in one pass over the map's cards. */
    private static Map<Cell, List<Card>> gather(List<Card> cards, List<Cell> only) {
        Map<Cell, List<Card>> byCell = new HashMap<>();
        if (only != null) {
            for (Cell cell : only) {
                byCell.put(cell, new ArrayList<>());
            }
            for (Card c : cards) {
                for (Cell cell : only) {
                    if (Objects.equals(c.phaseId(), cell.phaseId()) && Objects.equals(c.laneId(), cell.laneId())) {
                        byCell.get(cell).add(c);
                    }
                }
            }
        } else {
            for (Card c : cards) {
                byCell.computeIfAbsent(new Cell(c.phaseId(), c.laneId()), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Card> list : byCell.values()) {
            list.sort(DRAWING_ORDER);
        }
        return byCell;
    }
}
