package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The structure gestures wired into the real canvas, driven by a robot in a headless window. */
@ExtendWith(ApplicationExtension.class)
class StructureCanvasFxTest {
    private final MapDocument doc = StructureFixture.document();
    private final JourneyMap before = doc.map();
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new MapCanvas();
        canvas.addGesture(new BorderGesture(canvas));
        canvas.addGesture(new CurveGesture(canvas));
        canvas.addGesture(new HeaderGesture(canvas));
        StructureContextMenu.attachTo(canvas);
        canvas.setDocument(doc);
        stage.setScene(new Scene(canvas, 1100, 700));
        stage.show();
    }

    /** Where a map point is on the screen. */
    private Point2D screen(double mapX, double mapY) {
        Point2D view = canvas.toView(mapX, mapY);
        return canvas.canvas().localToScreen(view.getX(), view.getY());
    }

    private CurvePoint point(String id) {
        return doc.map().curve("anna").orElseThrow().points().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void draggingACurvePointChangesItsScoreAndUndoRedoRestoreIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        EmotionLaneBox lane = doc.layout().emotionLanes().get(0);
        CurvePointBox k2 = lane.curves().get(0).points().get(1);
        assertThat(k2.pointId()).isEqualTo("k2");
        robot.moveTo(screen(k2.x(), k2.y())).press(MouseButton.PRIMARY);
        robot.moveTo(screen(k2.x(), lane.yOf(0) + 4));
        robot.moveTo(screen(k2.x(), lane.yOf(1) + 3));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(point("k2").score()).isEqualTo(1);
        JourneyMap moved = doc.map();
        robot.interact(doc::undo);
        assertThat(doc.map()).isEqualTo(before);
        robot.interact(doc::redo);
        assertThat(doc.map()).isEqualTo(moved);
    }

    @Test
    void theKeyboardReachesTheEmotionCurveWalksAlongItAndChangesAScore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            canvas.requestFocus();
            doc.select(new org.journeyboard.ui.editor.Selection.Cards(java.util.List.of("t1")));
        });
        // from the last touchpoint card of Awareness down into the emotion lane, Enter takes its point
        robot.type(KeyCode.DOWN);
        assertThat(doc.selection()).isEqualTo(new org.journeyboard.ui.editor.Selection.CellSelected("aware", "feelings"));
        robot.type(KeyCode.ENTER);
        assertThat(doc.selection()).isEqualTo(new org.journeyboard.ui.editor.Selection.CurvePointSelected("anna", "k1"));
        robot.type(KeyCode.RIGHT);
        assertThat(doc.selection()).isEqualTo(new org.journeyboard.ui.editor.Selection.CurvePointSelected("anna", "k2"));
        assertThat(doc.map()).isEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(point("k2").score()).as("-2 up two whole steps").isZero();
        robot.interact(doc::undo);
        assertThat(point("k2").score()).as("each press one undo step").isEqualTo(-1);
        // right of the last point: the next phase's empty emotion cell, where Insert adds a point
        robot.type(KeyCode.RIGHT).type(KeyCode.INSERT);
        var added = (org.journeyboard.ui.editor.Selection.CurvePointSelected) doc.selection();
        assertThat(point(added.pointId()).phaseId()).isEqualTo("after");
        robot.type(KeyCode.DELETE);
        assertThat(doc.map().curve("anna").orElseThrow().points()).hasSize(2);
        assertThat(doc.selection()).isEqualTo(new org.journeyboard.ui.editor.Selection.CellSelected("after", "feelings"));
    }

    @Test
    void renamingAPhaseInPlace(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect header = doc.layout().phase("buy").orElseThrow().header();
        robot.moveTo(screen(header.centerX(), header.y() + 14)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.inPlaceEditor().isOpen()).isTrue();
        assertThat(canvas.inPlaceEditor().field().getText()).isEqualTo("Purchase");
        robot.write("Kauf").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.map().phase("buy").orElseThrow().name()).isEqualTo("Kauf");
        robot.interact(doc::undo);
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void draggingAPhaseHeaderReordersAndDraggingABorderResizes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect aware = doc.layout().phase("aware").orElseThrow().header();
        Rect buy = doc.layout().phase("buy").orElseThrow().column();
        robot.moveTo(screen(aware.centerX(), aware.centerY())).press(MouseButton.PRIMARY);
        robot.moveTo(screen(aware.centerX() + 40, aware.centerY()));
        robot.moveTo(screen(buy.centerX() + 30, aware.centerY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.map().phases()).extracting(p -> p.id()).containsExactly("buy", "aware", "after");

        Rect after = doc.layout().phase("after").orElseThrow().column();
        double y = after.centerY();
        robot.moveTo(screen(after.right(), y)).press(MouseButton.PRIMARY);
        robot.moveTo(screen(after.right() - 20, y));
        robot.moveTo(screen(after.right() - 50, y));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // screen pixels round the pointer to whole points
        assertThat(doc.map().phase("after").orElseThrow().width())
                .isCloseTo(after.width() - 50, within(1.5));
        robot.interact(doc::undo);
        robot.interact(doc::undo);
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void theLaneHeadersContextMenuHidesTheLane(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect pain = doc.layout().lane("pain").orElseThrow().header();
        // the headless platform makes no context-menu request of a secondary click, so the test sends the one a
        // desktop would send, on the inner canvas node where the pointer is
        Point2D view = canvas.toView(pain.centerX(), pain.centerY());
        Point2D onScreen = screen(pain.centerX(), pain.centerY());
        robot.interact(() -> Event.fireEvent(canvas.canvas(), new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED, view.getX(), view.getY(),
                onScreen.getX(), onScreen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Hide lane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.map().lane("pain").orElseThrow().hidden()).isTrue();
        assertThat(canvas.mapLayout().lane("pain")).isEmpty();
    }
}
