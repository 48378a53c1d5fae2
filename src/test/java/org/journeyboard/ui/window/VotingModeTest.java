package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, dot voting in a workshop: in a real window on the German worst-case sample, View › Dot voting (Ctrl+Shift+D)
 * turns clicks on cards into dots, Shift-click takes one off, every dot is one undo step, nothing is selected,
 * dragged or edited meanwhile, and a budget per participant runs out until the next participant's turn.
 */
@ExtendWith(ApplicationExtension.class)
class VotingModeTest {
    private final JourneyMap sample = Samples.all().get(1).map();
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = GermanWindow.on(stage, new FakeDialogs());
        window.show(null);
    }

    private void openSample(FxRobot robot) throws Exception {
        Path file = dir.resolve("worst-case.journey.json");
        JourneyFiles.write(sample, file);
        robot.interact(() -> window.session().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas().zoomAt(1, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MapCanvas canvas() {
        return window.mapCanvas();
    }

    private String painPoint(String start) {
        return sample.cards().stream().filter(c -> c.kind() == CardKind.PAIN_POINT && c.title().startsWith(start))
                .findFirst().orElseThrow().id();
    }

    private Card card(String id) {
        return window.document().map().card(id).orElseThrow();
    }

    /** Where the card is on the screen, scrolled into view first. */
    private Point2D onScreen(FxRobot robot, String id) {
        AtomicReference<Point2D> at = new AtomicReference<>();
        robot.interact(() -> {
            canvas().reveal(canvas().mapLayout().card(id).map(CardBox::rect).orElseThrow());
            Rect r = canvas().mapLayout().card(id).map(CardBox::rect).orElseThrow();
            Point2D view = canvas().toView(r.centerX(), r.centerY());
            at.set(canvas().canvas().localToScreen(view.getX(), view.getY()));
        });
        return at.get();
    }

    private void click(FxRobot robot, Point2D at) {
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            Label label = (Label) window.stage().getScene().lookup(id);
            text.set(label.isVisible() ? label.getText() : null);
        });
        return text.get();
    }

    private boolean barShown(FxRobot robot) {
        AtomicReference<Boolean> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(window.stage().getScene().lookup("#voting-participant").getParent()
                .isVisible()));
        return shown.get();
    }

    @Test
    void clicksAddDotsShiftClicksTakeThemOffAndEachIsOneUndoStep(FxRobot robot) throws Exception {
        openSample(robot);
        String payment = painPoint("Die bevorzugte Zahlungsart fehlt");
        assertThat(barShown(robot)).isFalse();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        assertThat(window.voting().session().isOn()).as("Ctrl+Shift+D starts voting").isTrue();
        assertThat(((CheckMenuItem) window.menusForTest().findItem("menu.view.voting")).isSelected()).isTrue();
        assertThat(barShown(robot)).isTrue();
        assertThat(text(robot, "#voting-participant")).isEqualTo("Person 1");

        Point2D at = onScreen(robot, payment);
        click(robot, at);
        click(robot, at);
        assertThat(card(payment).votes()).isEqualTo(2);
        assertThat(window.document().selection()).as("a vote selects nothing").isEqualTo(Selection.NONE);
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Rückgängig: Punkt vergeben");

        robot.press(KeyCode.SHIFT);
        robot.clickOn(at);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(payment).votes()).as("Shift-click takes one off").isEqualTo(1);

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(card(payment).votes()).as("undo gives the dot back to the card").isEqualTo(2);
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(card(payment).votes()).as("each dot is its own step").isEqualTo(1);

        // a drag on a card is one more dot, never a move; a double click opens no editor
        Card before = card(payment);
        drag(canvas().canvas(), at, 0, 160);
        assertThat(card(payment).phaseId()).isEqualTo(before.phaseId());
        assertThat(card(payment).order()).isEqualTo(before.order());
        assertThat(card(payment).votes()).isEqualTo(2);
        robot.doubleClickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().inPlaceEditor().isOpen()).as("no title editor while voting").isFalse();
        assertThat(card(payment).votes()).isEqualTo(4);

        robot.clickOn("#voting-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barShown(robot)).isFalse();
        // the bar's room went back to the map: the card moved up on the screen
        click(robot, onScreen(robot, payment));
        assertThat(card(payment).votes()).as("voting is over: a click only selects").isEqualTo(4);
        assertThat(window.document().selectedCardIds()).containsExactly(payment);
    }

    @Test
    void aBudgetRunsOutUntilTheNextParticipantsTurn(FxRobot robot) throws Exception {
        openSample(robot);
        String postcode = painPoint("Das PLZ-Feld meldet einen Fehler");
        robot.interact(() -> window.voting().session().setOn(true));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> budget = (Spinner<Integer>) window.stage().getScene().lookup("#voting-budget");
            budget.getValueFactory().setValue(2);
        });
        assertThat(text(robot, "#voting-left")).isEqualTo("Noch 2 Punkte von 2");

        Point2D at = onScreen(robot, postcode);
        click(robot, at);
        assertThat(text(robot, "#voting-left")).isEqualTo("Noch 1 Punkt von 2");
        click(robot, at);
        click(robot, at);
        assertThat(card(postcode).votes()).as("the third dot is refused").isEqualTo(2);
        assertThat(text(robot, "#voting-left")).isEqualTo("Keine Punkte mehr übrig. Weiter mit „Nächste Person“");

        robot.clickOn("#voting-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#voting-participant")).isEqualTo("Person 2");
        assertThat(text(robot, "#voting-left")).isEqualTo("Noch 2 Punkte von 2");
        click(robot, at);
        assertThat(card(postcode).votes()).isEqualTo(3);
        robot.interact(() -> window.voting().session().setOn(false));
    }

    /** Presses, drags in steps and releases the primary button, as mouse events on the node (no robot drag). */
    private static void drag(Node node, Point2D screenAt, double dx, double dy) {
        Point2D at = node.screenToLocal(screenAt);
        fire(node, MouseEvent.MOUSE_PRESSED, at.getX(), at.getY(), true);
        for (int i = 1; i <= 10; i++) {
            fire(node, MouseEvent.MOUSE_DRAGGED, at.getX() + dx * i / 10, at.getY() + dy * i / 10, true);
        }
        fire(node, MouseEvent.MOUSE_RELEASED, at.getX() + dx, at.getY() + dy, false);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires a mouse event at (x, y) of the node: the event's own coordinates are the scene's (MouseEvent.copyFor). */
    private static void fire(Node node, EventType<MouseEvent> type, double x, double y, boolean down) {
        Point2D screen = node.localToScreen(x, y);
        Point2D scene = node.localToScene(x, y);
        javafx.application.Platform.runLater(() -> Event.fireEvent(node, new MouseEvent(type, scene.getX(),
                scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, down,
                false, false, false, false, false, null)));
    }
}
