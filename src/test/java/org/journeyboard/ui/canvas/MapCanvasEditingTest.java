package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.PaletteItem;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapCanvasEditingTest {
    private MapCanvas canvas;
    private MapDocument doc;
    private Label paletteItem;

    @Start
    void start(Stage stage) {
        doc = new MapDocument(CanvasMaps.small(), null, Locale.ENGLISH);
        canvas = new MapCanvas();
        canvas.setDocument(doc);
        paletteItem = new Label("E-mail");
        paletteItem.setMinSize(80, 40);
        paletteItem.setOnDragDetected(e -> {
            Dragboard board = paletteItem.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(PaletteDrop.format(), new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.NEWSLETTER).code());
            board.setContent(content);
            e.consume();
        });
        BorderPane root = new BorderPane(canvas);
        root.setLeft(paletteItem);
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    private Rect card(String id) {
        return doc.layout().card(id).map(CardBox::rect).orElseThrow();
    }

    private Rect cell(String phase, String lane) {
        return doc.layout().cell(phase, lane).orElseThrow();
    }

    /** The screen point showing the map point (x, y). */
    private Point2D screen(double x, double y) {
        Point2D view = canvas.toView(x, y);
        return canvas.canvas().localToScreen(view.getX(), view.getY());
    }

    private Point2D centre(Rect r) {
        return screen(r.centerX(), r.centerY());
    }

    private Card mapCard(String id) {
        return doc.map().card(id).orElseThrow();
    }

    private List<String> cellOrder(String phase, String lane) {
        return doc.map().cardsIn(phase, lane).stream().map(Card::id).toList();
    }

    @Test
    void clickSelectsAndShiftOrCtrlClickToggles(FxRobot robot) {
        robot.clickOn(centre(card("a")));
        assertThat(doc.selection()).isEqualTo(new Selection.Cards(List.of("a")));
        robot.press(KeyCode.SHIFT).clickOn(centre(card("c"))).release(KeyCode.SHIFT);
        assertThat(doc.selectedCardIds()).containsExactly("a", "c");
        robot.press(KeyCode.CONTROL).clickOn(centre(card("a"))).release(KeyCode.CONTROL);
        assertThat(doc.selectedCardIds()).containsExactly("c");
        robot.clickOn(centre(cell("phase-2", CanvasMaps.ACTIONS)));
        assertThat(doc.selection()).isEqualTo(new Selection.CellSelected("phase-2", CanvasMaps.ACTIONS));
    }

    @Test
    void draggingACardMovesItToTheCellUnderThePointerAsOneUndoStep(FxRobot robot) {
        Rect target = cell("phase-1", CanvasMaps.TOUCHPOINTS);
        robot.drag(centre(card("a")), MouseButton.PRIMARY).moveTo(screen(target.centerX() - 20, target.centerY()))
                .moveTo(centre(target)).drop();
        assertThat(mapCard("a").isIn("phase-1", CanvasMaps.TOUCHPOINTS)).isTrue();
        assertThat(cellOrder("phase-0", CanvasMaps.TOUCHPOINTS)).containsExactly("b", "c");
        assertThat(doc.history().undoEdit()).isPresent();

        robot.interact(doc::undo);
        assertThat(mapCard("a").isIn("phase-0", CanvasMaps.TOUCHPOINTS)).isTrue();
        assertThat(cellOrder("phase-0", CanvasMaps.TOUCHPOINTS)).containsExactly("a", "b", "c");
        assertThat(doc.canUndoProperty().get()).as("the whole drag was one step").isFalse();
        robot.interact(doc::redo);
        assertThat(mapCard("a").isIn("phase-1", CanvasMaps.TOUCHPOINTS)).isTrue();
    }

    @Test
    void draggingACardAboveAnotherReordersTheCell(FxRobot robot) {
        Rect a = card("a");
        robot.drag(centre(card("c")), MouseButton.PRIMARY).moveTo(screen(a.centerX(), a.centerY() + 5))
                .moveTo(screen(a.centerX(), a.y() + 3)).drop();
        assertThat(cellOrder("phase-0", CanvasMaps.TOUCHPOINTS)).containsExactly("c", "a", "b");
        assertThat(canvas.cardGesture().isDragging()).isFalse();
    }

    @Test
    void altDragCopiesTheCardInsteadOfMovingIt(FxRobot robot) {
        Rect target = cell("phase-2", CanvasMaps.ACTIONS);
        robot.press(KeyCode.ALT);
        robot.drag(centre(card("d")), MouseButton.PRIMARY).moveTo(screen(target.centerX() - 30, target.centerY()))
                .moveTo(centre(target)).drop();
        robot.release(KeyCode.ALT);
        assertThat(mapCard("d").isIn("phase-1", CanvasMaps.ACTIONS)).isTrue();
        List<String> copies = cellOrder("phase-2", CanvasMaps.ACTIONS);
        assertThat(copies).hasSize(1);
        assertThat(mapCard(copies.get(0)).title()).isEqualTo("Delta");
        assertThat(doc.selectedCardIds()).isEqualTo(copies);
        robot.interact(doc::undo);
        assertThat(doc.map().cards()).hasSize(4);
    }

    @Test
    void aRubberBandOnEmptySpaceSelectsTheCardsItTouches(FxRobot robot) {
        Rect empty = cell("phase-1", CanvasMaps.TOUCHPOINTS);
        Rect b = card("b");
        Rect c = card("c");
        robot.drag(screen(empty.centerX(), b.centerY()), MouseButton.PRIMARY)
                .moveTo(screen(b.centerX(), b.centerY() + 3)).moveTo(screen(b.centerX(), c.centerY())).drop();
        assertThat(doc.selectedCardIds()).containsExactlyInAnyOrder("b", "c");
        assertThat(doc.map()).isEqualTo(CanvasMaps.small());
    }

    @Test
    void arrowsMoveTheSelectionCtrlArrowsMoveTheCardAndDeleteDeletes(FxRobot robot) {
        robot.clickOn(centre(card("a")));
        robot.type(KeyCode.DOWN);
        assertThat(doc.selectedCardIds()).containsExactly("b");
        robot.type(KeyCode.RIGHT);
        assertThat(doc.selection()).isEqualTo(new Selection.CellSelected("phase-1", CanvasMaps.TOUCHPOINTS));
        robot.type(KeyCode.LEFT);
        assertThat(doc.selectedCardIds()).containsExactly("a");
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertThat(cellOrder("phase-0", CanvasMaps.TOUCHPOINTS)).containsExactly("b", "a", "c");
        assertThat(doc.selectedCardIds()).containsExactly("a");
        robot.type(KeyCode.DELETE);
        assertThat(doc.map().card("a")).isEmpty();
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
        robot.interact(doc::undo);
        assertThat(cellOrder("phase-0", CanvasMaps.TOUCHPOINTS)).containsExactly("b", "a", "c");
        robot.interact(() -> doc.select(new Selection.Cards(List.of("c"))));
        robot.type(KeyCode.ESCAPE);
        assertThat(doc.selection()).isEqualTo(Selection.NONE);
    }

    @Test
    void doubleClickEditsTheTitleInPlaceEnterKeepsEscapeCancels(FxRobot robot) {
        robot.doubleClickOn(centre(card("a")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.inPlaceEditor().isOpen()).isTrue();
        assertThat(canvas.inPlaceEditor().field().getText()).isEqualTo("Alpha");
        robot.write("Hotline").type(KeyCode.ENTER);
        assertThat(mapCard("a").title()).isEqualTo("Hotline");
        assertThat(canvas.inPlaceEditor().isOpen()).isFalse();
        assertThat(canvas.isFocused()).as("the canvas gets the focus back").isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(canvas.inPlaceEditor().isOpen()).as("Enter edits the selected card").isTrue();
        robot.write("Nope").type(KeyCode.ESCAPE);
        assertThat(canvas.inPlaceEditor().isOpen()).isFalse();
        assertThat(mapCard("a").title()).isEqualTo("Hotline");
        robot.interact(doc::undo);
        assertThat(mapCard("a").title()).isEqualTo("Alpha");
    }

    @Test
    void doubleClickOnAnEmptyCellAddsANoteThereWithItsTitleOpen(FxRobot robot) {
        robot.doubleClickOn(centre(cell("phase-2", CanvasMaps.ACTIONS)));
        List<String> added = cellOrder("phase-2", CanvasMaps.ACTIONS);
        assertThat(added).hasSize(1);
        assertThat(mapCard(added.get(0)).kind()).isEqualTo(CardKind.NOTE);
        assertThat(doc.selectedCardIds()).isEqualTo(added);
        robot.write("Idee").type(KeyCode.ENTER);
        assertThat(mapCard(added.get(0)).title()).isEqualTo("Idee");
    }

    @Test
    void aPaletteItemDroppedOnACellBecomesACardThereWithItsTitleOpen(FxRobot robot) {
        Rect target = cell("phase-2", CanvasMaps.TOUCHPOINTS);
        robot.drag(paletteItem, MouseButton.PRIMARY).moveTo(screen(target.centerX() - 10, target.centerY()))
                .moveTo(centre(target)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> added = cellOrder("phase-2", CanvasMaps.TOUCHPOINTS);
        assertThat(added).hasSize(1);
        Card card = mapCard(added.get(0));
        assertThat(card.kind()).isEqualTo(CardKind.TOUCHPOINT);
        assertThat(card.touchpoint().type()).isEqualTo(TouchpointType.NEWSLETTER);
        assertThat(doc.selectedCardIds()).isEqualTo(added);
        assertThat(canvas.inPlaceEditor().isOpen()).isTrue();
        assertThat(canvas.paletteDrop().preview()).isNull();
    }
}
