package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.JourneyMap;
import org.junit.jupiter.api.Test;

/** The keyboard on the emotion curve, without a window: reaching points, walking along a curve, leaving it. */
class CurveNavigationTest {
    /** EditorMaps.small() with curve c through k0 (aware 0.2), k1 (aware 0.5) and k2 (buy 0.3), listed out of order. */
    private final JourneyMap map = EditorMaps.small().mapCurve("c", c -> c.withPoints(List.of(
            new CurvePoint("k2", "buy", 0.3, -1, ""), c.points().get(0), new CurvePoint("k0", "aware", 0.2, 0, ""))));

    private static Selection.CurvePointSelected point(String id) {
        return new Selection.CurvePointSelected("c", id);
    }

    private Selection press(Selection from, Direction d) {
        return SelectionNavigation.next(map, from, d);
    }

    @Test
    void enterInAnEmotionCellFindsItsLeftmostPointAndNoneInACardCell() {
        assertThat(CurveNavigation.firstIn(map, new Selection.CellSelected("aware", "feel"))).contains(point("k0"));
        assertThat(CurveNavigation.firstIn(map, new Selection.CellSelected("buy", "feel"))).contains(point("k2"));
        assertThat(CurveNavigation.firstIn(map, new Selection.CellSelected("aware", "touch"))).isEmpty();
        assertThat(CurveNavigation.firstIn(EditorMaps.small().withCurves(List.of()),
                new Selection.CellSelected("aware", "feel"))).isEmpty();
    }

    @Test
    void leftAndRightGoFromPointToPointAlongTheCurveInDrawingOrder() {
        assertThat(press(point("k0"), Direction.RIGHT)).isEqualTo(point("k1"));
        assertThat(press(point("k1"), Direction.RIGHT)).as("into the next phase").isEqualTo(point("k2"));
        assertThat(press(point("k2"), Direction.LEFT)).isEqualTo(point("k1"));
        assertThat(press(point("k1"), Direction.LEFT)).isEqualTo(point("k0"));
    }

    @Test
    void pastTheCurvesEndsTheNeighbouringEmotionCellIsNextOrNothingMoves() {
        JourneyMap oneSided = map.mapCurve("c", c -> c.withPoints(List.of(new CurvePoint("k0", "aware", 0.2, 0, ""))));
        assertThat(SelectionNavigation.next(oneSided, point("k0"), Direction.RIGHT))
                .isEqualTo(new Selection.CellSelected("buy", "feel"));
        assertThat(press(point("k0"), Direction.LEFT)).as("the first phase has nothing left of it")
                .isEqualTo(point("k0"));
        assertThat(press(point("k2"), Direction.RIGHT)).isEqualTo(point("k2"));
    }

    @Test
    void upAndDownLeaveTheCurveForTheLanesAboveAndBelow() {
        assertThat(press(point("k1"), Direction.UP)).isEqualTo(new Selection.Cards(List.of("a1")));
        assertThat(press(point("k2"), Direction.DOWN)).isEqualTo(new Selection.CellSelected("buy", "pain"));
    }

    @Test
    void aPointAddedByKeyboardGoesToTheMiddleOrRightOfTheCurvesLastPointInThePhase() {
        assertThat(CurveNavigation.freePosition(map, "c", "aware")).isEqualTo(0.75);
        assertThat(CurveNavigation.freePosition(map, "c", "buy")).isEqualTo(0.65);
        assertThat(CurveNavigation.freePosition(map, null, "buy")).isEqualTo(0.5);
    }

    @Test
    void deletingASelectedPointLeavesItsEmotionCellSelected() {
        MapDocument doc = new MapDocument(new org.journeyboard.edit.History(map), null, java.util.Locale.ENGLISH);
        doc.select(point("k2"));
        new CardCommands(doc, new EditorMaps.MemoryClipboard()).deleteSelection();
        assertThat(doc.selection()).isEqualTo(new Selection.CellSelected("buy", "feel"));
        assertThat(doc.map().curve("c").orElseThrow().points()).hasSize(2);
    }

    @Test
    void anEmotionCellIsNoPlaceForPastedCards() {
        MapDocument doc = new MapDocument(new org.journeyboard.edit.History(map), null, java.util.Locale.ENGLISH);
        EditorMaps.MemoryClipboard clipboard = new EditorMaps.MemoryClipboard();
        clipboard.plain = "A note";
        doc.select(new Selection.CellSelected("buy", "feel"));
        List<String> pasted = new CardCommands(doc, clipboard).paste();
        assertThat(doc.map().card(pasted.get(0)).orElseThrow().laneId()).isNotEqualTo("feel");
    }
}
