package org.journeyboard.ui.editor;

import java.util.List;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;

/**
 * The one rule for which lanes take cards: the visible ones that are not emotion lanes (those hold curves). Cards
 * put anywhere else would be invisible, so every place that picks a lane for cards asks here.
 */
public final class CardLanes {
    private CardLanes() {
    }

    /** The lanes of {@code map} that take cards, top to bottom. */
    public static List<Lane> of(JourneyMap map) {
        return map.lanes().stream().filter(CardLanes::takesCards).toList();
    }

    /** True when {@code lane} takes cards. */
    public static boolean takesCards(Lane lane) {
        return !lane.hidden() && lane.kind() != LaneKind.EMOTIONS;
    }

    /** True when {@code map} has a lane {@code laneId} that takes cards. */
    public static boolean takesCards(JourneyMap map, String laneId) {
        return map.lane(laneId).map(CardLanes::takesCards).orElse(false);
    }

    /** True when a lane on show takes cards (a layout shows visible lanes only). */
    public static boolean takesCards(LaneBox shown) {
        return shown.kind() != LaneKind.EMOTIONS;
    }
}
