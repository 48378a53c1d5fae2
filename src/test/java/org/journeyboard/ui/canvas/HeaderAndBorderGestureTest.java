package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeyboard.ui.canvas.StructureFixture.drag;
import static org.journeyboard.ui.canvas.StructureFixture.key;
import static org.journeyboard.ui.canvas.StructureFixture.mouse;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.canvas.StructureFixture.FakeView;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.StructureCommands;
import org.junit.jupiter.api.Test;

class HeaderAndBorderGestureTest {
    private final MapDocument doc = StructureFixture.document();
    private final FakeView view = new FakeView(doc);
    private final HeaderGesture headers = new HeaderGesture(view);
    private final BorderGesture borders = new BorderGesture(view);
    private final JourneyMap before = doc.map();

    private PhaseBox phase(String id) {
        return doc.layout().phase(id).orElseThrow();
    }

    private LaneBox lane(String id) {
        return doc.layout().lane(id).orElseThrow();
    }

    private List<String> phaseIds() {
        return doc.map().phases().stream().map(Phase::id).toList();
    }

    private List<String> laneIds() {
        return doc.map().lanes().stream().map(Lane::id).toList();
    }

    @Test
    void aClickOnAHeaderSelectsThePhaseOrLane() {
        Rect h = phase("buy").header();
        drag(view, headers, h.centerX(), h.centerY(), h.centerX(), h.centerY(), 0);
        assertThat(doc.selection()).isEqualTo(new Selection.PhaseSelected("buy"));
        Rect l = lane("pain").header();
        drag(view, headers, l.centerX(), l.centerY(), l.centerX() + 2, l.centerY(), 1);
        assertThat(doc.selection()).isEqualTo(new Selection.LaneSelected("pain"));
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void draggingAPhaseHeaderPastAnotherMovesThePhaseInOneUndoStep() {
        Rect h = phase("aware").header();
        Rect after = phase("after").column();
        // beyond the middle of the last column: the insertion gap is at the very end
        assertThat(drag(view, headers, h.centerX(), h.centerY(), after.centerX() + 20, h.centerY(), 8)).isTrue();
        assertThat(phaseIds()).containsExactly("buy", "after", "aware");
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Move phase");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void droppingAPhaseWhereItWasChangesNothing() {
        Rect h = phase("buy").header();
        drag(view, headers, h.centerX(), h.centerY(), h.centerX() + 30, h.centerY() + 200, 4);
        assertThat(doc.map()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void draggingALaneHeaderUpMovesItAboveTheVisibleLaneThere() {
        Rect pain = lane("pain").header();
        Rect touch = lane("touch").row();
        drag(view, headers, pain.centerX(), pain.centerY(), pain.centerX(), touch.y() + 5, 5);
        assertThat(laneIds()).containsExactly("pain", "touch", "feelings", "back");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void draggingALaneBelowTheLastVisibleOnePutsItRightAfterThatOne() {
        Rect touch = lane("touch").header();
        drag(view, headers, touch.centerX(), touch.centerY(), touch.centerX(), lane("pain").row().bottom() + 40, 5);
        // the hidden lane "back" stays last: the lane lands where the user saw the insertion line
        assertThat(laneIds()).containsExactly("feelings", "pain", "touch", "back");
    }

    @Test
    void reorderTargetsCountFromTheListWithoutTheMovedItem() {
        List<Phase> phases = before.phases();
        assertThat(HeaderGesture.phaseTarget(phases, "aware", 0)).isEqualTo(-1);
        assertThat(HeaderGesture.phaseTarget(phases, "aware", 1)).isEqualTo(-1);
        assertThat(HeaderGesture.phaseTarget(phases, "aware", 2)).isEqualTo(1);
        assertThat(HeaderGesture.phaseTarget(phases, "after", 0)).isEqualTo(0);
        List<LaneBox> visible = doc.layout().lanes();
        assertThat(HeaderGesture.laneTarget(before.lanes(), visible, "touch", 3)).isEqualTo(2);
        assertThat(HeaderGesture.laneTarget(before.lanes(), visible, "pain", 3)).isEqualTo(-1);
        assertThat(HeaderGesture.phaseGap(doc.layout().phases(), phase("buy").column().centerX() + 1)).isEqualTo(2);
        assertThat(HeaderGesture.gapX(doc.layout().phases(), 3)).isEqualTo(phase("after").column().right());
    }

    @Test
    void escapeCancelsAHeaderDrag() {
        Rect h = phase("aware").header();
        Point2D start = new Point2D(h.centerX(), h.centerY());
        headers.press(mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY(), 1), start,
                new Hit.PhaseHeaderHit("aware"));
        Point2D far = new Point2D(phase("after").column().right(), start.getY());
        headers.drag(mouse(MouseEvent.MOUSE_DRAGGED, far.getX(), far.getY(), 1), far);
        assertThat(headers.key(key(KeyCode.ESCAPE, false))).isTrue();
        headers.release(mouse(MouseEvent.MOUSE_RELEASED, far.getX(), far.getY(), 1), far);
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void aDoubleClickRenamesAPhaseInPlace() {
        Rect h = phase("buy").header();
        Point2D at = new Point2D(h.centerX(), h.y() + 12);
        Hit hit = doc.layout().hitTest(at.getX(), at.getY());
        assertThat(hit).isEqualTo(new Hit.PhaseHeaderHit("buy"));
        assertThat(headers.press(mouse(MouseEvent.MOUSE_PRESSED, at.getX(), at.getY(), 2), at, hit))
                .as("the second press of a double click is left to doubleClick").isFalse();
        assertThat(headers.doubleClick(mouse(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), 2), at, hit)).isTrue();
        assertThat(view.editTexts).containsExactly("Purchase");
        assertThat(h.inflate(0.01).encloses(view.editAreas.get(0))).isTrue();
        view.commit.accept("Kauf ");
        assertThat(doc.map().phase("buy").orElseThrow().name()).isEqualTo("Kauf");
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Rename phase");
        view.commit.accept("   ");
        assertThat(doc.map().phase("buy").orElseThrow().name()).as("a blank name is refused").isEqualTo("Kauf");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void aRenameCommittedAfterThePhaseOrLaneWentIsDropped() {
        doc.select(new Selection.PhaseSelected("buy"));
        assertThat(headers.key(key(KeyCode.F2, false))).isTrue();
        new StructureCommands(doc).deleteSelection();
        JourneyMap withoutBuy = doc.map();
        view.commit.accept("Kauf");
        assertThat(doc.map()).isEqualTo(withoutBuy);

        doc.select(new Selection.LaneSelected("pain"));
        assertThat(headers.key(key(KeyCode.F2, false))).isTrue();
        new StructureCommands(doc).deleteSelection();
        JourneyMap withoutPain = doc.map();
        view.commit.accept("Probleme");
        assertThat(doc.map()).isEqualTo(withoutPain);
    }

    @Test
    void enterOrF2RenamesTheSelectedLaneAndCtrlArrowsMoveIt() {
        doc.select(new Selection.LaneSelected("feelings"));
        assertThat(headers.key(key(KeyCode.F2, false))).isTrue();
        assertThat(view.editTexts).containsExactly("Emotions");
        view.commit.accept("Gefühle");
        assertThat(doc.map().lane("feelings").orElseThrow().title()).isEqualTo("Gefühle");
        assertThat(headers.key(key(KeyCode.UP, true))).isTrue();
        assertThat(laneIds()).containsExactly("feelings", "touch", "pain", "back");
        doc.select(new Selection.PhaseSelected("after"));
        assertThat(headers.key(key(KeyCode.LEFT, true))).isTrue();
        assertThat(phaseIds()).containsExactly("aware", "after", "buy");
        doc.select(new Selection.Cards(List.of("t0")));
        assertThat(headers.key(key(KeyCode.ENTER, false))).as("cards are not the headers' business").isFalse();
        assertThat(headers.key(key(KeyCode.DELETE, false))).isFalse();
        assertThat(doc.map().card("t0")).isPresent();
    }

    @Test
    void deleteRemovesTheSelectedPhaseInOneUndoStep() {
        doc.select(new Selection.PhaseSelected("aware"));
        assertThat(headers.key(key(KeyCode.DELETE, false))).isTrue();
        assertThat(phaseIds()).containsExactly("buy", "after");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void aCancelledDragCommitsNothing() {
        Rect h = phase("aware").header();
        Point2D start = new Point2D(h.centerX(), h.centerY());
        headers.press(mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY(), 1), start,
                new Hit.PhaseHeaderHit("aware"));
        Point2D far = new Point2D(phase("after").column().right(), start.getY());
        headers.drag(mouse(MouseEvent.MOUSE_DRAGGED, far.getX(), far.getY(), 1), far);
        // e.g. Ctrl+Z while the button is down: the canvas cancels the gesture (and sends it no release)
        new StructureCommands(doc).renameLane("touch", "Kontaktpunkte");
        JourneyMap changed = doc.map();
        headers.cancel();
        headers.release(mouse(MouseEvent.MOUSE_RELEASED, far.getX(), far.getY(), 1), far);
        assertThat(doc.map()).isEqualTo(changed);
    }

    @Test
    void draggingAPhaseBorderResizesThePhaseInOneStepWithAMinimum() {
        PhaseBox aware = phase("aware");
        double x = aware.column().right();
        double y = lane("touch").row().centerY();
        assertThat(doc.layout().hitTest(x, y)).isEqualTo(new Hit.PhaseBorderHit("aware"));
        assertThat(borders.cursorFor(new Hit.PhaseBorderHit("aware"))).isEqualTo(Cursor.H_RESIZE);
        assertThat(borders.cursorFor(new Hit.LaneBorderHit("touch"))).isEqualTo(Cursor.V_RESIZE);
        assertThat(drag(view, borders, x, y, x + 60, y + 10, 5)).isTrue();
        assertThat(doc.map().phase("aware").orElseThrow().width()).isEqualTo(aware.column().width() + 60);
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Resize phase");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).isFalse();

        drag(view, borders, x, y, aware.column().x() - 500, y, 5);
        assertThat(doc.map().phase("aware").orElseThrow().width()).isEqualTo(StructureCommands.minPhaseWidth());
    }

    @Test
    void aLaneNeverGetsLowerThanItsCardsNeed() {
        LaneBox touch = lane("touch");
        double x = phase("buy").column().centerX();
        double y = touch.row().bottom();
        assertThat(doc.layout().hitTest(x, y)).isEqualTo(new Hit.LaneBorderHit("touch"));
        drag(view, borders, x, y, x, touch.row().y() + 5, 5);
        double lowest = BorderGesture.minLaneHeight(doc.layout(), touch);
        double lastCard = doc.layout().card("t1").orElseThrow().rect().bottom() - touch.row().y();
        assertThat(lowest).isGreaterThan(lastCard).isGreaterThanOrEqualTo(StructureCommands.MIN_LANE_HEIGHT);
        // a lane that fits its content is already as low as its cards allow: the row stays at that height
        assertThat(lane("touch").row().height()).isEqualTo(lowest);

        LaneBox pain = lane("pain");
        double x2 = phase("aware").column().centerX();
        drag(view, borders, x2, pain.row().bottom(), x2, pain.row().bottom() + 80, 5);
        assertThat(doc.map().lane("pain").orElseThrow().height()).isEqualTo(pain.row().height() + 80);
    }

    @Test
    void aClickOnABorderStoresNoSize() {
        PhaseBox buy = phase("buy");
        double x = buy.column().right();
        drag(view, borders, x, buy.column().centerY(), x, buy.column().centerY(), 0);
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void theGripStaysWhereThePointerTookTheBorder() {
        assertThat(BorderGesture.sizeAt(100, 3, 50, 403)).isEqualTo(300);
        assertThat(BorderGesture.sizeAt(100, -2, 160, 120)).isEqualTo(160);
    }
}
