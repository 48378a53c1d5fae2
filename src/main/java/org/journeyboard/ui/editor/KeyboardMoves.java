package org.journeyboard.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;

/**
 * Ctrl+arrow moves of selected cards: left/right into the neighbouring phase (same lane, at the end), up/down one
 * place within the cell and, from its edge, into the neighbouring visible lane. Cards at the map's edge stay.
 */
final class KeyboardMoves {
    private KeyboardMoves() {
    }

    static Edit move(List<String> ids, Direction direction) {
        List<String> copy = List.copyOf(ids);
        return Edit.of(copy.size() == 1 ? "edit.card.move" : "edit.cards.move", map -> {
            JourneyMap result = map;
            // moving down, the lowest card goes first so that the others do not jump over it
            List<String> order = new ArrayList<>(copy);
            if (direction == Direction.DOWN) {
                Collections.reverse(order);
            }
            for (String id : order) {
                result = moveOne(result, id, direction);
            }
            return result;
        });
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
