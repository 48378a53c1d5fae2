package org.journeyboard.ui.editor;

import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;

/**
 * Arrow keys without modifiers: move the selection from card to card within a cell (up/down), to the neighbouring
 * cell at its edge, and across phases (left/right) to the card at the same place or the empty cell. Every card and
 * every cell is reachable without a mouse, the emotion lane's cells too (they hold curve points, see
 * {@link CurveNavigation}).
 */
public final class SelectionNavigation {
    private SelectionNavigation() {
    }

    /** The selection after pressing {@code direction} with {@code current} selected in {@code map}. */
    public static Selection next(JourneyMap map, Selection current, Direction direction) {
        List<Phase> phases = map.phases();
        List<Lane> lanes = map.lanes().stream().filter(l -> !l.hidden()).toList();
        if (phases.isEmpty() || lanes.isEmpty()) {
            return current;
        }
        if (current instanceof Selection.CurvePointSelected point && map.curve(point.curveId()).isPresent()) {
            return CurveNavigation.next(map, point, direction);
        }
        String phaseId;
        String laneId;
        int index;
        if (!current.cardIds().isEmpty() && map.card(current.cardIds().get(current.cardIds().size() - 1)).isPresent()) {
            Card card = map.card(current.cardIds().get(current.cardIds().size() - 1)).orElseThrow();
            phaseId = card.phaseId();
            laneId = card.laneId();
            index = map.cardsIn(phaseId, laneId).indexOf(card);
        } else if (current instanceof Selection.CellSelected cell) {
            phaseId = cell.phaseId();
            laneId = cell.laneId();
            index = -1;
        } else {
            return first(map, phases.get(0), lanes.get(0), 0);
        }
        int p = indexOfPhase(phases, phaseId);
        int l = indexOfLane(lanes, laneId);
        if (p < 0 || l < 0) {
            return first(map, phases.get(0), lanes.get(0), 0);
        }
        List<Card> cell = map.cardsIn(phaseId, laneId);
        return switch (direction) {
            case UP -> index > 0 ? cards(cell.get(index - 1))
                    : l > 0 ? last(map, phases.get(p), lanes.get(l - 1)) : current;
            case DOWN -> index >= 0 && index < cell.size() - 1 ? cards(cell.get(index + 1))
                    : l < lanes.size() - 1 ? first(map, phases.get(p), lanes.get(l + 1), 0) : current;
            case LEFT -> p > 0 ? first(map, phases.get(p - 1), lanes.get(l), Math.max(0, index)) : current;
            case RIGHT -> p < phases.size() - 1 ? first(map, phases.get(p + 1), lanes.get(l), Math.max(0, index)) : current;
        };
    }

    private static Selection first(JourneyMap map, Phase phase, Lane lane, int index) {
        List<Card> cell = cardsIn(map, phase, lane);
        return cell.isEmpty() ? new Selection.CellSelected(phase.id(), lane.id())
                : cards(cell.get(Math.min(index, cell.size() - 1)));
    }

    private static Selection last(JourneyMap map, Phase phase, Lane lane) {
        List<Card> cell = cardsIn(map, phase, lane);
        return cell.isEmpty() ? new Selection.CellSelected(phase.id(), lane.id()) : cards(cell.get(cell.size() - 1));
    }

    /** The cards on show in a cell: none in an emotion lane (it draws curves; cards there are not drawn). */
    private static List<Card> cardsIn(JourneyMap map, Phase phase, Lane lane) {
        return CardLanes.takesCards(lane) ? map.cardsIn(phase.id(), lane.id()) : List.of();
    }

    private static Selection cards(Card card) {
        return new Selection.Cards(List.of(card.id()));
    }

    private static int indexOfPhase(List<Phase> phases, String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLane(List<Lane> lanes, String id) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
