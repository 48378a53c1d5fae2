package org.journeyboard.edit;

import org.journeyboard.model.Card;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/** Finds the parts an edit refers to, failing loudly when the editor asked for one that is not there. */
final class Existing {
    private Existing() {
    }

    static Card card(JourneyMap map, String id) {
        return map.card(id).orElseThrow(() -> missing("card", id));
    }

    static Phase phase(JourneyMap map, String id) {
        return map.phase(id).orElseThrow(() -> missing("phase", id));
    }

    static Lane lane(JourneyMap map, String id) {
        return map.lane(id).orElseThrow(() -> missing("lane", id));
    }

    static Persona persona(JourneyMap map, String id) {
        return map.persona(id).orElseThrow(() -> missing("persona", id));
    }

    static EmotionCurve curve(JourneyMap map, String id) {
        return map.curve(id).orElseThrow(() -> missing("emotion curve", id));
    }

    static CurvePoint point(EmotionCurve curve, String pointId) {
        return curve.points().stream().filter(p -> p.id().equals(pointId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "emotion curve '" + curve.id() + "' has no point with id '" + pointId + "'"));
    }

    /** Fails when {@code id} is already used anywhere in the map, since ids must be unique across the whole file. */
    static void requireFreeId(JourneyMap map, String kind, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a new " + kind + " needs an id");
        }
        if (Ids.allIn(map).contains(id)) {
            throw new IllegalArgumentException("cannot add " + kind + " '" + id + "': the map already uses that id");
        }
    }

    static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    private static IllegalArgumentException missing(String kind, String id) {
        return new IllegalArgumentException("the map has no " + kind + " with id '" + id + "'");
    }
}
