package org.journeyboard.ui.editor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;

/**
 * Ctrl+arrow moves of selected cards: left/right into the neighbouring phase (same lane, at the end), up/down one
 * place within the cell and, from its edge, into the neighbouring visible lane. Several cards move as a group in
 * reading order; when the card ahead is at the map's edge, none moves.
 */
final class KeyboardMoves {
    private KeyboardMoves() {
    }

    static Edit move(List<String> ids, Direction direction) {
        List<String> copy = List.copyOf(ids);
        return Edit.of(copy.size() == 1 ? "edit.card.move" : "edit.cards.move", map -> {
            List<String> order = inMoveOrder(map, copy, direction);
            if (order.isEmpty()) {
                return map;
            }
            JourneyMap result = moveOne(map, order.get(0), direction);
            if (result == map) {
                // the leading card is at the map's edge: the others stay too, so that the group keeps its shape
                return map;
            }
            for (String id : order.subList(1, order.size())) {
                result = moveOne(result, id, direction);
            }
            return result;
        });
    }

    /**
     * The cards in the order they must move, whatever order they were clicked in: the one ahead in the direction of
     * the move goes first, so that the others do not jump over it (reading order: phase, lane, place in the cell).
     */
    private static List<String> inMoveOrder(JourneyMap map, List<String> ids, Direction direction) {
        Map<String, Integer> phaseAt = positions(map.phases().stream().map(Phase::id).toList());
        Map<String, Integer> laneAt = positions(map.lanes().stream().map(Lane::id).toList());
        Comparator<Card> reading = Comparator.<Card>comparingInt(c -> phaseAt.getOrDefault(c.phaseId(), -1))
                .thenComparingInt(c -> laneAt.getOrDefault(c.laneId(), -1))
                .thenComparingInt(Card::order).thenComparing(Card::id);
        Comparator<Card> order = switch (direction) {
            case UP, LEFT -> reading;
            case DOWN -> reading.reversed();
            // cards land at the end of the next phase: the rightmost phase first, within it in reading order
            case RIGHT -> Comparator.<Card>comparingInt(c -> -phaseAt.getOrDefault(c.phaseId(), -1)).thenComparing(reading);
        };
        return new LinkedHashSet<>(ids).stream().map(map::card).flatMap(Optional::stream).sorted(order)
                .map(Card::id).toList();
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        return at;
    }

    private static JourneyMap moveOne(JourneyMap map, String id, Direction direction) {
        Card card = map.card(id).orElse(null);
        if (card == null) {
            return map;
        }
        List<Card> cell = map.cardsIn(card.phaseId(), card.laneId());
        int at = cell.indexOf(card);
        return switch (direction) {
            case LEFT, RIGHT -> {
                Phase next = neighbour(map.phases(), card.phaseId(), direction == Direction.RIGHT ? 1 : -1);
                yield next == null ? map
                        : CardEdits.moveCard(id, next.id(), card.laneId(), Integer.MAX_VALUE).apply(map);
            }
            case UP -> {
                if (at > 0) {
                    yield CardEdits.moveCard(id, card.phaseId(), card.laneId(), at - 1).apply(map);
                }
                Lane above = neighbourLane(map, card.laneId(), -1);
                yield above == null ? map
                        : CardEdits.moveCard(id, card.phaseId(), above.id(), Integer.MAX_VALUE).apply(map);
            }
            case DOWN -> {
                if (at < cell.size() - 1) {
                    yield CardEdits.moveCard(id, card.phaseId(), card.laneId(), at + 1).apply(map);
                }
                Lane below = neighbourLane(map, card.laneId(), 1);
                yield below == null ? map : CardEdits.moveCard(id, card.phaseId(), below.id(), 0).apply(map);
            }
        };
    }

    private static Phase neighbour(List<Phase> phases, String id, int step) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                int j = i + step;
                return j >= 0 && j < phases.size() ? phases.get(j) : null;
            }
        }
        return null;
    }

    private static Lane neighbourLane(JourneyMap map, String id, int step) {
        List<Lane> lanes = CardLanes.of(map);
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(id)) {
                int j = i + step;
                return j >= 0 && j < lanes.size() ? lanes.get(j) : null;
            }
        }
        return null;
    }
}
