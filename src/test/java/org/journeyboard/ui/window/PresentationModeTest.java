package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.PresentationSteps;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 §3, presenting to a room: full screen steps through the German sample phase by phase with the keys a
 * presenter clicker sends, each step gliding to one phase that then fills the screen, Home and End jump, Esc gives
 * back the view the user had, and nothing in the mode edits the map.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private final JourneyMap sample = Samples.all().get(0).map();
    private MainWindow window;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = GermanWindow.on(stage, new FakeDialogs());
        window.show(null);
    }

    @AfterEach
    void leaveFullScreen(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));
    }

    private void openSample(FxRobot robot) throws Exception {
        Path file = dir.resolve("sicherheit.journey.json");
        JourneyFiles.write(sample, file);
        robot.interact(() -> window.session().open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses, drags in steps and releases the primary button on {@code node}, as the mouse would. */
    private static void drag(Node node, double x, double y, double dx, double dy) {
        fire(node, MouseEvent.MOUSE_PRESSED, x, y, true);
        for (int i = 1; i <= 10; i++) {
            fire(node, MouseEvent.MOUSE_DRAGGED, x + dx * i / 10, y + dy * i / 10, true);
        }
        fire(node, MouseEvent.MOUSE_RELEASED, x + dx, y + dy, false);
    }

    private static void fire(Node node, EventType<MouseEvent> type, double x, double y, boolean down) {
        Point2D screen = node.localToScreen(x, y);
        Event.fireEvent(node, new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, false, null));
    }

    private void assertUnchanged(JourneyMap before, String what) throws Exception {
        settle();
        assertThat(window.document().map()).as("%s leaves the map as it was", what).isSameAs(before);
        assertThat(presentation().isOn()).as("still presenting after %s", what).isTrue();
    }

    private MapCanvas canvas() {
        return window.mapCanvas();
    }

    private Presentation presentation() {
        return window.presentation();
    }

    private void enter(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setFullScreen(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation().isOn());
        settle();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas().isMoving());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, KeyCode key) throws Exception {
        robot.type(key);
        settle();
    }

    private String indicator(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(presentation().indicator().isVisible() ? presentation().indicator().getText()
                : null));
        return text.get();
    }

    private String phaseName(int i) {
        return sample.phases().get(i - 1).name();
    }

    /** The phase of step {@code i} fills the screen: it is all in view and as large as the screen lets it be. */
    private void assertFillsTheScreen(FxRobot robot, int step) {
        robot.interact(() -> {
            List<Rect> steps = PresentationSteps.of(canvas().mapLayout());
            Rect area = steps.get(step);
            Rect view = canvas().visibleArea();
            assertThat(view.inflate(0.5).encloses(area)).as("step %d all in view: %s in %s", step, area, view)
                    .isTrue();
            double w = canvas().canvas().getWidth();
            double h = canvas().canvas().getHeight();
            double widthOnScreen = area.width() * canvas().zoom();
            double heightOnScreen = area.height() * canvas().zoom();
            boolean fills = Math.abs(widthOnScreen - w) < 2 || Math.abs(heightOnScreen - h) < 2
                    || canvas().zoom() >= Presentation.MAX_ZOOM - 1e-9;
            assertThat(fills).as("step %d fills the screen: %.0f×%.0f on %.0f×%.0f", step, widthOnScreen,
                    heightOnScreen, w, h).isTrue();
            assertThat(view.centerX()).as("centred across").isCloseTo(area.centerX(), within(1.0));
            assertThat(view.centerY()).as("centred down").isCloseTo(area.centerY(), within(1.0));
        });
    }

    @Test
    void clickerKeysStepThroughThePhasesAndEachFillsTheScreen(FxRobot robot) throws Exception {
        openSample(robot);
        enter(robot);
        int phases = sample.phases().size();
        assertThat(phases).isEqualTo(7);
        assertThat(indicator(robot)).isEqualTo("Die ganze Reise: 7 Phasen");
        assertFillsTheScreen(robot, 0);
        robot.interact(() -> assertThat(canvas().canvas().getWidth()).as("the map has the whole screen, no panels")
                .isGreaterThan(stage.getWidth() - 30));

        press(robot, KeyCode.PAGE_DOWN);
        assertThat(indicator(robot)).isEqualTo("Phase 1 von 7: " + phaseName(1));
        assertFillsTheScreen(robot, 1);
        double phaseZoom = canvas().zoom();
        assertThat(phaseZoom).as("a phase is shown larger than the whole journey").isGreaterThan(0);

        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.DOWN);
        press(robot, KeyCode.SPACE);
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(indicator(robot)).isEqualTo("Phase 5 von 7: " + phaseName(5));
        assertFillsTheScreen(robot, 5);

        press(robot, KeyCode.PAGE_UP);
        assertThat(indicator(robot)).isEqualTo("Phase 4 von 7: " + phaseName(4));
        press(robot, KeyCode.LEFT);
        press(robot, KeyCode.UP);
        assertThat(indicator(robot)).isEqualTo("Phase 2 von 7: " + phaseName(2));

        press(robot, KeyCode.END);
        assertThat(indicator(robot)).isEqualTo("Phase 7 von 7: " + phaseName(7));
        assertFillsTheScreen(robot, 7);
        press(robot, KeyCode.PAGE_DOWN);
        assertThat(indicator(robot)).as("past the last phase nothing moves").isEqualTo("Phase 7 von 7: "
                + phaseName(7));

        press(robot, KeyCode.HOME);
        assertThat(indicator(robot)).isEqualTo("Die ganze Reise: 7 Phasen");
        assertFillsTheScreen(robot, 0);
        press(robot, KeyCode.PAGE_UP);
        assertThat(presentation().step()).isZero();
    }

    @Test
    void aStepGlidesThereInsteadOfJumping(FxRobot robot) throws Exception {
        openSample(robot);
        enter(robot);
        AtomicReference<Boolean> moving = new AtomicReference<>();
        AtomicReference<Double> zoomAtOnce = new AtomicReference<>();
        double overview = canvas().zoom();
        robot.interact(() -> {
            presentation().next();
            moving.set(canvas().isMoving());
            zoomAtOnce.set(canvas().zoom());
        });
        assertThat(moving.get()).as("the step is animated").isTrue();
        assertThat(zoomAtOnce.get()).as("the zoom has not jumped to the phase yet").isCloseTo(overview, within(1e-6));
        settle();
        assertFillsTheScreen(robot, 1);
    }

    @Test
    void escGivesBackTheViewTheUserHad(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> canvas().zoomAt(1.25, 0, 0));
        robot.interact(() -> canvas().reveal(new Rect(900, 300, 10, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Rect> before = new AtomicReference<>();
        robot.interact(() -> before.set(canvas().visibleArea()));
        double zoomBefore = canvas().zoom();
        enter(robot);
        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.PAGE_DOWN);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation().isOn() && !stage.isFullScreen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().zoom()).isEqualTo(zoomBefore);
        robot.interact(() -> {
            Rect after = canvas().visibleArea();
            assertThat(after.x()).isCloseTo(before.get().x(), within(1.0));
            assertThat(after.y()).isCloseTo(before.get().y(), within(1.0));
        });
        assertThat(indicator(robot)).as("the indicator goes with the mode").isNull();
    }

    @Test
    void nothingInTheModeEditsTheMap(FxRobot robot) throws Exception {
        openSample(robot);
        String cardId = sample.cards().get(0).id();
        robot.interact(() -> window.document().select(new Selection.Cards(List.of(cardId))));
        JourneyMap before = window.document().map();
        enter(robot);
        press(robot, KeyCode.PAGE_DOWN);
        // the map has the keyboard, with a card selected: outside the mode Delete would delete it
        robot.interact(() -> canvas().requestFocus());
        assertThat(window.document().selection()).isEqualTo(new Selection.Cards(List.of(cardId)));
        // each key on its own: Ctrl+Z after a Delete would undo it and hide that the Delete went through
        robot.type(KeyCode.DELETE);
        assertUnchanged(before, "Delete");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertUnchanged(before, "Ctrl+D");
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        assertUnchanged(before, "Ctrl+X");
        robot.type(KeyCode.ENTER);
        robot.write("Hallo Welt, schön");
        settle();
        assertThat(canvas().inPlaceEditor().isOpen()).as("no field opens").isFalse();
        assertUnchanged(before, "Enter and typing");
        // a double-click on a card would rename it, a drag would move it
        Rect card = canvas().mapLayout().card(cardId).map(CardBox::rect).orElseThrow();
        AtomicReference<Point2D> at = new AtomicReference<>();
        robot.interact(() -> {
            Point2D view = canvas().toView(card.centerX(), card.centerY());
            at.set(canvas().canvas().localToScreen(view.getX(), view.getY()));
        });
        robot.moveTo(at.get()).doubleClickOn();
        // the drag goes to the map as events, not through the platform's mouse: Monocle's drag-and-drop state
        // stays broken after a robot drag in full screen and failed the palette drop of later test classes
        robot.interact(() -> {
            Point2D view = canvas().toView(card.centerX(), card.centerY());
            drag(canvas().canvas(), view.getX(), view.getY(), 200, 80);
        });
        settle();
        assertThat(canvas().inPlaceEditor().isOpen()).isFalse();
        assertThat(window.document().map()).as("the map is unchanged").isSameAs(before);
        assertThat(presentation().isOn()).as("still presenting").isTrue();
    }
}
