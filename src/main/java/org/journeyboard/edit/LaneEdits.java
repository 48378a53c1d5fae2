package org.journeyboard.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;

/** Edits of lanes (the map's rows): add, rename, change kind, move, resize or fit to content, hide or show, and delete. */
public final class LaneEdits {
    private LaneEdits() {
    }

    /** Inserts {@code lane} at {@code index} (clamped, so {@link Integer#MAX_VALUE} appends). */
    public static Edit addLane(Lane lane, int index) {
        Objects.requireNonNull(lane, "lane");
        requireHeight(lane.height());
        return Edit.of("edit.lane.add", map -> {
            Existing.requireFreeId(map, "lane", lane.id());
            return map.withLanes(Reorder.insert(map.lanes(), lane, index));
        });
    }

    /** Renames a lane; consecutive renames of one lane merge into one undo step. */
    public static Edit renameLane(String id, String title) {
        return Edit.mergeable("edit.lane.rename", "lane:" + id + ":title", map -> change(map, id, l -> l.withTitle(Names.keepIfBlank(l.title(), title))));
    }

    public static Edit setLaneKind(String id, LaneKind kind) {
        Objects.requireNonNull(kind, "kind");
        return Edit.of("edit.lane.kind", map -> change(map, id, l -> l.withKind(kind)));
    }

    /** Moves a lane to {@code newIndex} (clamped) among the lanes; its cards go with it. */
    public static Edit moveLane(String id, int newIndex) {
        return Edit.of("edit.lane.move", map -> {
            Existing.lane(map, id);
            return map.withLanes(Reorder.move(map.lanes(), Lane::id, id, newIndex));
        });
    }

    /** Sets a lane's height in layout units (it must be positive); the lane keeps it until it is fitted again. */
    public static Edit resizeLane(String id, double height) {
        requireHeight(height);
        return Edit.of("edit.lane.resize", map -> change(map, id, l -> l.withHeight(height)));
    }

    /** Makes a lane as tall as its fullest cell needs again, after the user gave it a height of its own. */
    public static Edit fitLaneToContent(String id) {
        return Edit.of("edit.lane.fit", map -> change(map, id, l -> l.withFitToContent(true)));
    }

    /** Makes every lane fit its content (one undo step). */
    public static Edit fitAllLanesToContent() {
        return Edit.of("edit.lane.fitAll",
                map -> map.withLanes(map.lanes().stream().map(l -> l.withFitToContent(true)).toList()));
    }

    /** Hides or shows a lane; hidden lanes keep their cards. */
    public static Edit setLaneHidden(String id, boolean hidden) {
        return Edit.of(hidden ? "edit.lane.hide" : "edit.lane.show", map -> change(map, id, l -> l.withHidden(hidden)));
    }

    /** Deletes a lane with its cards (undo brings them back). */
    public static Edit deleteLane(String id) {
        return Edit.of("edit.lane.delete", map -> {
            Existing.lane(map, id);
            List<Lane> lanes = map.lanes().stream().filter(l -> !l.id().equals(id)).toList();
            List<Card> cards = map.cards().stream().filter(c -> !c.laneId().equals(id)).toList();
            return map.withLanes(lanes).withCards(cards);
        });
    }

    private static JourneyMap change(JourneyMap map, String id, UnaryOperator<Lane> change) {
        Existing.lane(map, id);
        return map.mapLane(id, change);
    }

    private static void requireHeight(double height) {
        if (!(height > 0) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("a lane height must be a positive number, was " + height);
        }
    }
}
