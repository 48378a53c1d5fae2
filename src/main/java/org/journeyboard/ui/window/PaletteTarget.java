package org.journeyboard.ui.window;

import java.util.Optional;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.ui.editor.CardLanes;
import org.journeyboard.ui.editor.Selection;

/**
 * Where a palette item chosen with the keyboard (Enter) lands, since no pointer says it: the selected cell, else
 * the cell of the first selected card, else the first phase in the first lane that holds cards.
 */
final class PaletteTarget {
    private PaletteTarget() {
    }

    static Optional<Selection.CellSelected> of(JourneyMap map, Selection selection) {
        if (map.phases().isEmpty()) {
            return Optional.empty();
        }
        if (selection instanceof Selection.CellSelected cell && CardLanes.takesCards(map, cell.laneId())) {
            return Optional.of(cell);
        }
        Optional<Card> card = selection.cardIds().stream().findFirst().flatMap(map::card);
        if (card.isPresent()) {
            return Optional.of(new Selection.CellSelected(card.get().phaseId(), card.get().laneId()));
        }
        return CardLanes.of(map).stream().map(Lane::id)
                .findFirst().map(lane -> new Selection.CellSelected(map.phases().get(0).id(), lane));
    }
}
