package org.journeyboard.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/**
 * Card placement inside cells (phase × lane): keeps {@code order} dense (0..n-1) in every cell an edit touches.
 * Cards keep their position in the map's card list, so a small edit makes a small diff in the saved file.
 */
final class Cells {
    private Cells() {
    }

    /** A cell of the grid. */
    record Cell(String phaseId, String laneId) {
        static Cell of(Card card) {
            return new Cell(card.phaseId(), card.laneId());
        }
    }

    /**
     * {@code map} with {@code moving} (cards of the map) taken out of their cells and put into the target cell at
     * {@code index} (counted among the cell's other cards, clamped), in the given order.
     */
    static JourneyMap place(JourneyMap map, List<Card> moving, String phaseId, String laneId, int index) {
        Set<String> movingIds = new HashSet<>();
        Set<Cell> sources = new LinkedHashSet<>();
        for (Card c : moving) {
            movingIds.add(c.id());
            sources.add(Cell.of(c));
        }
        Map<String, Card> changed = new HashMap<>();
        List<Card> rest = map.cards().stream().filter(c -> !movingIds.contains(c.id())).toList();
        Cell target = new Cell(phaseId, laneId);
        for (Cell source : sources) {
            if (!source.equals(target)) {
                renumber(sorted(rest, source), changed);
            }
        }
        List<Card> targetCards = new ArrayList<>(sorted(rest, target));
        int at = Existing.clamp(index, targetCards.size());
        List<Card> placed = moving.stream().map(c -> c.withPlace(phaseId, laneId, c.order())).toList();
        targetCards.addAll(at, placed);
        renumber(targetCards, changed);
        return replace(map, changed);
    }

    /** {@code map} without the cards of the given ids, the cells they leave renumbered. */
    static JourneyMap remove(JourneyMap map, Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        Set<Cell> touched = new LinkedHashSet<>();
        List<Card> rest = new ArrayList<>();
        for (Card c : map.cards()) {
            if (gone.contains(c.id())) {
                touched.add(Cell.of(c));
            } else {
                rest.add(c);
            }
        }
        Map<String, Card> changed = new HashMap<>();
        for (Cell cell : touched) {
            renumber(sorted(rest, cell), changed);
        }
        return replace(map.withCards(rest), changed);
    }

    /** The cards of one cell in display order (by order, ties by id, as {@link JourneyMap#cardsIn} sorts). */
    static List<Card> sorted(List<Card> cards, Cell cell) {
        List<Card> result = new ArrayList<>();
        for (Card c : cards) {
            if (c.isIn(cell.phaseId(), cell.laneId())) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparingInt(Card::order).thenComparing(Card::id));
        return result;
    }

    private static void renumber(List<Card> cellInOrder, Map<String, Card> changed) {
        for (int i = 0; i < cellInOrder.size(); i++) {
            Card c = cellInOrder.get(i);
            changed.put(c.id(), c.order() == i ? c : c.withOrder(i));
        }
    }

    private static JourneyMap replace(JourneyMap map, Map<String, Card> changed) {
        if (changed.isEmpty()) {
            return map;
        }
        return map.withCards(map.cards().stream().map(c -> changed.getOrDefault(c.id(), c)).toList());
    }
}
