package org.journeyboard.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.edit.PhaseEdits;
import org.journeyboard.io.MapValidator;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Templates;
import org.journeyboard.ui.text.Texts;

/**
 * The commands on the map's structure for menus, context menus and canvas gestures: add, rename, move, resize and
 * delete phases and lanes, hide and show lanes, add and move emotion points. Each is one undo step; nothing here
 * needs a window.
 *
 * <p>Deleting a phase takes its cards and the emotion points in it along, deleting a lane takes its cards (that is
 * what {@link PhaseEdits#deletePhase} and {@link LaneEdits#deleteLane} do); undo brings all of it back.
 */
public final class StructureCommands {
    /** Lanes lower than this cannot show their title; the layout grows a lane anyway to fit its cards. */
    public static final double MIN_LANE_HEIGHT = 40;

    private static final String BUNDLE = "org.journeyboard.ui.editor.structure";

    private final MapDocument doc;

    public StructureCommands(MapDocument doc) {
        this.doc = doc;
    }

    /** The text of {@code key} from this package's structure bundle in the document's language. */
    public String text(String key, Object... args) {
        return new Texts(BUNDLE, doc.locale()).get(key, args);
    }

    /** The name users read for a lane kind, in the document's language. */
    public String laneKindName(LaneKind kind) {
        return Labels.of(language(doc.locale())).laneKind(kind);
    }

    /** Narrowest phase the layout draws: one card and its padding. */
    public static double minPhaseWidth() {
        LayoutStyle s = LayoutStyle.STANDARD;
        return s.cardMinWidth() + 2 * s.cellPadding();
    }

    // ---- phases -------------------------------------------------------------------------------------------------

    /** Inserts a new phase at {@code index} (clamped), selects it and returns its id. */
    public String addPhase(int index) {
        JourneyMap map = doc.map();
        int at = Math.max(0, Math.min(index, map.phases().size()));
        String id = Ids.nextNotIn("phase", Ids.allIn(map));
        // the neighbour's width keeps a hand-sized map even; the palette gives it a colour unlike its neighbours
        double width = map.phases().isEmpty() ? Phase.DEFAULT_WIDTH
                : map.phases().get(Math.max(0, at - 1)).width();
        Phase phase = new Phase(id, text("phase.new.name"), freeColour(map, at), width, "", List.of(), List.of(),
                null);
        doc.apply(PhaseEdits.addPhase(phase, at), new Selection.PhaseSelected(id));
        return id;
    }

    /** Inserts a new phase just before {@code phaseId}; see {@link #addPhase(int)}. */
    public String addPhaseBefore(String phaseId) {
        return addPhase(phaseIndex(phaseId));
    }

    /** Inserts a new phase just after {@code phaseId}, or at the end when it is null. */
    public String addPhaseAfter(String phaseId) {
        return addPhase(phaseId == null ? Integer.MAX_VALUE : phaseIndex(phaseId) + 1);
    }

    /** Renames a phase; a blank name is ignored (the file format forbids it), the rest is trimmed. */
    public void renamePhase(String phaseId, String name) {
        if (name != null && !name.isBlank()) {
            doc.apply(PhaseEdits.renamePhase(phaseId, name.strip()));
        }
    }

    /** Moves a phase to {@code newIndex} among the phases, counted after taking it out. */
    public void movePhase(String phaseId, int newIndex) {
        doc.apply(PhaseEdits.movePhase(phaseId, newIndex));
    }

    /** Moves a phase one place left ({@code step} -1) or right (+1); false when it is already at that end. */
    public boolean movePhaseBy(String phaseId, int step) {
        int from = phaseIndex(phaseId);
        int to = from + Integer.signum(step);
        if (step == 0 || to < 0 || to >= doc.map().phases().size()) {
            return false;
        }
        movePhase(phaseId, to);
        return true;
    }

    /** Sets a phase's width, kept between {@link #minPhaseWidth()} and the largest the file format allows. */
    public void resizePhase(String phaseId, double width) {
        doc.apply(PhaseEdits.resizePhase(phaseId, clamp(width, minPhaseWidth())));
    }

    /** Deletes a phase with its cards and emotion points (undoable). */
    public void deletePhase(String phaseId) {
        doc.apply(PhaseEdits.deletePhase(phaseId));
    }

    /** How many cards deleting the phase would take along (menus say so). */
    public long cardsInPhase(String phaseId) {
        return doc.map().cards().stream().filter(c -> c.phaseId().equals(phaseId)).count();
    }

    // ---- lanes --------------------------------------------------------------------------------------------------

    /** Inserts a new, visible lane of {@code kind} at {@code index} (clamped), selects it and returns its id. */
    public String addLane(LaneKind kind, int index) {
        JourneyMap map = doc.map();
        String id = Ids.nextNotIn("lane", Ids.allIn(map));
        Lane lane = new Lane(id, kind, laneKindName(kind));
        doc.apply(LaneEdits.addLane(lane, index), new Selection.LaneSelected(id));
        return id;
    }

    /** Inserts a new lane just above {@code laneId}. */
    public String addLaneAbove(LaneKind kind, String laneId) {
        return addLane(kind, laneIndex(laneId));
    }

    /** Inserts a new lane just below {@code laneId}, or at the bottom when it is null. */
    public String addLaneBelow(LaneKind kind, String laneId) {
        return addLane(kind, laneId == null ? Integer.MAX_VALUE : laneIndex(laneId) + 1);
    }

    /** Renames a lane; a blank title is ignored, the rest is trimmed. */
    public void renameLane(String laneId, String title) {
        if (title != null && !title.isBlank()) {
            doc.apply(LaneEdits.renameLane(laneId, title.strip()));
        }
    }

    /** Moves a lane to {@code newIndex} among all lanes (hidden ones count), counted after taking it out. */
    public void moveLane(String laneId, int newIndex) {
        doc.apply(LaneEdits.moveLane(laneId, newIndex));
    }

    /**
     * Moves a lane past the next visible lane above ({@code step} -1) or below (+1), as the user sees it; hidden
     * lanes in between keep their order. A hidden lane moves by one place. False when it is already at that end.
     */
    public boolean moveLaneBy(String laneId, int step) {
        List<Lane> lanes = doc.map().lanes();
        int from = laneIndex(laneId);
        List<Lane> candidates = lanes.get(from).hidden() ? lanes : lanes.stream().filter(l -> !l.hidden()).toList();
        int at = candidates.indexOf(lanes.get(from));
        int neighbour = at + Integer.signum(step);
        if (step == 0 || neighbour < 0 || neighbour >= candidates.size()) {
            return false;
        }
        // before the neighbour above, or after the one below: both are the neighbour's index in the full list
        moveLane(laneId, laneIndex(candidates.get(neighbour).id()));
        return true;
    }

    /** Sets a lane's height, at least {@link #MIN_LANE_HEIGHT}. */
    public void resizeLane(String laneId, double height) {
        doc.apply(LaneEdits.resizeLane(laneId, clamp(height, MIN_LANE_HEIGHT)));
    }

    /** Makes a lane as tall as its content needs again; does nothing when it already is. */
    public void fitLaneToContent(String laneId) {
        if (!lane(laneId).fitToContent()) {
            doc.apply(LaneEdits.fitLaneToContent(laneId));
        }
    }

    /** Makes every lane as tall as its content needs, in one undo step; does nothing when all already are. */
    public void fitAllLanesToContent() {
        if (doc.map().lanes().stream().anyMatch(l -> !l.fitToContent())) {
            doc.apply(LaneEdits.fitAllLanesToContent());
        }
    }

    /** Whether some lane has a height of its own (so "fit all lanes" would change something). */
    public boolean anyLaneWithOwnHeight() {
        return doc.map().lanes().stream().anyMatch(l -> !l.fitToContent());
    }

    private Lane lane(String laneId) {
        return doc.map().lanes().stream().filter(l -> l.id().equals(laneId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lane " + laneId));
    }

    /** Deletes a lane with its cards (undoable). */
    public void deleteLane(String laneId) {
        doc.apply(LaneEdits.deleteLane(laneId));
    }

    public long cardsInLane(String laneId) {
        return doc.map().cards().stream().filter(c -> c.laneId().equals(laneId)).count();
    }

    /** Hides or shows a lane; its cards stay in the map. A hidden lane that was selected stays selected. */
    public void setLaneHidden(String laneId, boolean hidden) {
        doc.apply(LaneEdits.setLaneHidden(laneId, hidden));
    }

    /** Shows every hidden lane in one undo step; does nothing when none is hidden. */
    public void showAllLanes() {
        List<Edit> shows = new ArrayList<>();
        for (Lane l : hiddenLanes()) {
            shows.add(LaneEdits.setLaneHidden(l.id(), false));
        }
        if (!shows.isEmpty()) {
            doc.apply(shows.size() == 1 ? shows.get(0) : Edit.compose("edit.lane.show", shows));
        }
    }

    /** The hidden lanes in map order (for a "Show lane" menu). */
    public List<Lane> hiddenLanes() {
        return doc.map().lanes().stream().filter(Lane::hidden).toList();
    }

    // ---- emotion curves -----------------------------------------------------------------------------------------

    /** The curve a click on the emotion lane adds to: the selected point's, else the first; null when there is none. */
    public String curveForNewPoint() {
        JourneyMap map = doc.map();
        if (doc.selection() instanceof Selection.CurvePointSelected p && map.curve(p.curveId()).isPresent()) {
            return p.curveId();
        }
        return map.curves().isEmpty() ? null : map.curves().get(0).id();
    }

    /**
     * Adds a point to {@link #curveForNewPoint()} (to a new curve when the map has none, in the same undo step),
     * selects it and returns the selection.
     */
    public Selection.CurvePointSelected addCurvePoint(String phaseId, double position, int score) {
        JourneyMap map = doc.map();
        Set<String> taken = new HashSet<>(Ids.allIn(map));
        String pointId = Ids.nextNotIn("point", taken);
        taken.add(pointId);
        CurvePoint point = new CurvePoint(pointId, phaseId, position, score, "");
        String curveId = curveForNewPoint();
        Edit edit;
        if (curveId != null) {
            edit = CurveEdits.addCurvePoint(curveId, point);
        } else {
            curveId = Ids.nextNotIn("curve", taken);
            EmotionCurve curve = new EmotionCurve(curveId, text("curve.new.name"), null, null, List.of());
            edit = Edit.compose("edit.curve.point.add", CurveEdits.addCurve(curve),
                    CurveEdits.addCurvePoint(curveId, point));
        }
        Selection.CurvePointSelected selected = new Selection.CurvePointSelected(curveId, pointId);
        doc.apply(edit, selected);
        return selected;
    }

    /** Puts a point at another place and score in one undo step; nothing happens when it is already there. */
    public void moveCurvePoint(String curveId, String pointId, String phaseId, double position, int score) {
        CurvePoint now = curvePoint(curveId, pointId);
        if (now.phaseId().equals(phaseId) && now.position() == position && now.score() == score) {
            return;
        }
        doc.apply(CurveEdits.moveCurvePoint(curveId, pointId, phaseId, position, score));
    }

    /** The point of that curve; throws IllegalArgumentException when there is none. */
    public CurvePoint curvePoint(String curveId, String pointId) {
        return doc.map().curve(curveId).flatMap(c -> c.points().stream().filter(p -> p.id().equals(pointId))
                .findFirst()).orElseThrow(() -> new IllegalArgumentException("no point '" + pointId + "' in curve '"
                + curveId + "'"));
    }

    /** Sets a point's label (typing merges into one undo step). */
    public void setCurvePointLabel(String curveId, String pointId, String label) {
        doc.apply(CurveEdits.setCurvePointLabel(curveId, pointId, label == null ? "" : label.strip()));
    }

    // ---- selection ----------------------------------------------------------------------------------------------

    /** Deletes the selected phase or lane; false when neither is selected (cards are {@link CardCommands}' job). */
    public boolean deleteSelection() {
        Selection s = doc.selection();
        if (s instanceof Selection.PhaseSelected p) {
            deletePhase(p.phaseId());
            return true;
        }
        if (s instanceof Selection.LaneSelected l) {
            deleteLane(l.laneId());
            return true;
        }
        return false;
    }

    private int phaseIndex(String phaseId) {
        List<Phase> phases = doc.map().phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phase '" + phaseId + "'");
    }

    private int laneIndex(String laneId) {
        List<Lane> lanes = doc.map().lanes();
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no lane '" + laneId + "'");
    }

    /** The first palette colour that neither neighbour at {@code index} has, so the new column stands out. */
    private static Colour freeColour(JourneyMap map, int index) {
        List<Phase> phases = map.phases();
        Colour before = index > 0 ? phases.get(index - 1).colour() : null;
        Colour after = index < phases.size() ? phases.get(index).colour() : null;
        for (int i = 0; i < 7; i++) {
            Colour c = Templates.phaseColour(index + i, Integer.MAX_VALUE);
            if (!c.equals(before) && !c.equals(after)) {
                return c;
            }
        }
        return Templates.phaseColour(index, Integer.MAX_VALUE);
    }

    private static double clamp(double v, double min) {
        return Double.isFinite(v) ? Math.max(min, Math.min(MapValidator.MAX_SIZE, v)) : min;
    }

    private static Language language(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Language.DE : Language.EN;
    }
}
