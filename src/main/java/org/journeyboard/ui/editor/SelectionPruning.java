package org.journeyboard.ui.editor;

import java.util.List;
import org.journeyboard.model.JourneyMap;

/** Keeps a selection to what exists in a map, so that an undo or delete never leaves the inspector on a ghost. */
final class SelectionPruning {
    private SelectionPruning() {
    }

    static Selection prune(Selection s, JourneyMap map) {
        return s == null ? Selection.NONE : pruneKnown(s, map);
    }

    private static Selection pruneKnown(Selection s, JourneyMap map) {
        if (s instanceof Selection.Cards c) {
            List<String> left = c.ids().stream().filter(id -> map.card(id).isPresent()).toList();
            return left.size() == c.ids().size() ? s : Selection.ofCards(left);
        }
        boolean exists;
        if (s instanceof Selection.PhaseSelected p) {
            exists = map.phase(p.phaseId()).isPresent();
        } else if (s instanceof Selection.LaneSelected l) {
            exists = map.lane(l.laneId()).isPresent();
        } else if (s instanceof Selection.CellSelected cell) {
            // a cell in a hidden lane is not on show; an emotion lane's cell stays (the keyboard adds points there,
            // and paste looks for a lane that takes cards instead)
            exists = map.phase(cell.phaseId()).isPresent() && map.lane(cell.laneId()).map(l -> !l.hidden()
                    && (CardLanes.takesCards(l) || l.kind() == org.journeyboard.model.LaneKind.EMOTIONS)).orElse(false);
        } else if (s instanceof Selection.PersonaSelected p) {
            exists = map.persona(p.personaId()).isPresent();
        } else if (s instanceof Selection.CurvePointSelected cp) {
            exists = map.curve(cp.curveId()).map(c -> c.points().stream().anyMatch(p -> p.id().equals(cp.pointId())))
                    .orElse(false);
        } else {
            exists = true;
        }
        return exists ? s : Selection.NONE;
    }
}
