package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.CardKind;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A card drag that the map changes under (an undo) or that a second button interrupts. */
@ExtendWith(ApplicationExtension.class)
class GestureInterruptionTest {
    private MapCanvas canvas;
    private MapDocument doc;
    private StructureContextMenu menu;
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        doc = new MapDocument(CanvasMaps.small(), null, Locale.ENGLISH);
        canvas = new MapCanvas();
        canvas.setDocument(doc);
        menu = StructureContextMenu.attachTo(canvas);
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    private Rect card(String id) {
        return doc.layout().card(id).map(CardBox::rect).orElseThrow();
    }

    private Point2D screen(double x, double y) {
        Point2D view = canvas.toView(x, y);
        return canvas.canvas().localToScreen(view.getX(), view.getY());
    }

    private Point2D centre(Rect r) {
        return screen(r.centerX(), r.centerY());
    }

    @Test
    void undoDuringACardDragCancelsTheDragAndKeepsTheRedoStep(FxRobot robot) {
        robot.interact(() -> doc.apply(CardEdits.setCardTitle("b", "Changed")));
        Rect target = doc.layout().cell("phase-1", CanvasMaps.TOUCHPOINTS).orElseThrow();
        robot.drag(centre(card("a")), MouseButton.PRIMARY).moveTo(screen(target.centerX() - 20, target.centerY()));
        robot.interact(doc::undo);
        robot.moveTo(centre(target)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(doc.map().card("a").orElseThrow().isIn("phase-0", CanvasMaps.TOUCHPOINTS)).isTrue();
        assertThat(doc.map().card("b").orElseThrow().title()).isEqualTo("Bravo");
        assertThat(doc.canRedoProperty().get()).as("the undone step can still be redone").isTrue();
        assertThat(canvas.cardGesture().isDragging()).isFalse();
        assertThat(canvas.cardGesture().dropPlace()).isEmpty();
        assertThat(thrown).isEmpty();
    }

    @Test
    void undoingTheAddOfTheCardBeingDraggedNeitherThrowsNorCommits(FxRobot robot) {
        String[] id = new String[1];
        robot.interact(() -> id[0] = canvas.cardCommands().addCard(CardKind.NOTE, null, "phase-2",
                CanvasMaps.ACTIONS, 0));
        Rect target = doc.layout().cell("phase-1", CanvasMaps.TOUCHPOINTS).orElseThrow();
        robot.drag(centre(card(id[0])), MouseButton.PRIMARY)
                .moveTo(screen(target.centerX() - 20, target.centerY()));
        robot.interact(doc::undo);
        robot.moveTo(centre(target)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(thrown).isEmpty();
        assertThat(doc.map().card(id[0])).isEmpty();
        assertThat(doc.canRedoProperty().get()).isTrue();
    }

    @Test
    void aSecondButtonDuringADragIsIgnoredAndTheDragStillCommits(FxRobot robot) {
        Rect target = doc.layout().cell("phase-1", CanvasMaps.TOUCHPOINTS).orElseThrow();
        robot.drag(centre(card("a")), MouseButton.PRIMARY).moveTo(screen(target.centerX() - 20, target.centerY()));
        robot.press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        assertThat(canvas.cardGesture().isDragging()).as("still dragging after the right click").isTrue();
        robot.moveTo(centre(target)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(doc.map().card("a").orElseThrow().isIn("phase-1", CanvasMaps.TOUCHPOINTS)).isTrue();
        assertThat(canvas.cardGesture().isDragging()).isFalse();
        robot.interact(doc::undo);
        assertThat(doc.map().card("a").orElseThrow().isIn("phase-0", CanvasMaps.TOUCHPOINTS)).isTrue();
        assertThat(doc.canUndoProperty().get()).as("the drag was one step").isFalse();
    }

    /** Asks for the context menu over the header of phase-1 (Monocle's right click does not). */
    private void requestMenu(FxRobot robot) {
        Rect header = doc.layout().phase("phase-1").orElseThrow().header();
        Point2D view = canvas.toView(header.centerX(), header.centerY());
        Point2D screen = centre(header);
        robot.interact(() -> canvas.canvas().fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                view.getX(), view.getY(), screen.getX(), screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noContextMenuOpensDuringADrag(FxRobot robot) {
        requestMenu(robot);
        assertThat(menu.menu().isShowing()).as("the menu works outside a drag").isTrue();
        robot.interact(menu.menu()::hide);

        Rect target = doc.layout().cell("phase-1", CanvasMaps.TOUCHPOINTS).orElseThrow();
        robot.drag(centre(card("a")), MouseButton.PRIMARY).moveTo(screen(target.centerX() - 20, target.centerY()));
        requestMenu(robot);
        assertThat(menu.menu().isShowing()).isFalse();
        robot.moveTo(centre(target)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.map().card("a").orElseThrow().isIn("phase-1", CanvasMaps.TOUCHPOINTS)).isTrue();
    }
}
