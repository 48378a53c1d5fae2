package org.journeyboard.ui.window;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.PresentationSteps;
import org.journeyboard.layout.Rect;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.canvas.ViewAnimation;

/**
 * Presentation mode: the map fills the screen and steps through the journey, first the whole of it, then phase by
 * phase, each step gliding to one phase column so that it fills the screen while the others are dimmed. Page Down,
 * Right, Down, Space and a click go on; Page Up, Left, Up and Backspace go back (what presenter clickers send); Home
 * shows the whole journey, End the last phase. Leaving restores the view the user had. Nothing here edits the map:
 * every other key and every press on the map is swallowed while presenting, only F11 and Esc (leave) get through.
 */
final class Presentation {
    /** How long one step glides. */
    static final double STEP_MILLIS = 300;
    /** No zoom beyond this, however narrow a phase: text would only get blurred. */
    static final double MAX_ZOOM = 3;

    private final MapCanvas canvas;
    private final Messages messages;
    private final Runnable leave;
    private final Label indicator = new Label();
    private boolean on;
    private int step;
    private List<Rect> steps = List.of();
    private double oldZoom;
    private double oldX;
    private double oldY;

    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<Event> swallow = e -> {
        if (on) {
            e.consume();
        }
    };
    private final EventHandler<MouseEvent> clicks = this::click;

    /**
     * Presentation of what {@code canvas} shows; the indicator goes into {@code over} (the pane holding the canvas),
     * {@code leave} ends full screen.
     */
    Presentation(MapCanvas canvas, StackPane over, Messages messages, Runnable leave) {
        this.canvas = canvas;
        this.messages = messages;
        this.leave = leave;
        indicator.getStyleClass().add("presentation-indicator");
        indicator.setMouseTransparent(true);
        indicator.setVisible(false);
        indicator.setManaged(false);
        over.getChildren().add(indicator);
        StackPane.setAlignment(indicator, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(indicator, new Insets(16));
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, swallow);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, swallow);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, swallow);
        canvas.addEventFilter(MouseEvent.DRAG_DETECTED, swallow);
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        canvas.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, swallow);
        canvas.addEventFilter(DragEvent.ANY, swallow);
        // a new size (the screen after entering full screen) shows the same step anew
        canvas.canvas().widthProperty().addListener((o, a, b) -> showStep(0));
        canvas.canvas().heightProperty().addListener((o, a, b) -> showStep(0));
    }

    /** Takes the keys of {@code scene} while presenting (once). */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(KeyEvent.KEY_TYPED, swallow);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (on && e.getCode() != KeyCode.F11) {
                e.consume();
            }
        });
    }

    boolean isOn() {
        return on;
    }

    /** The step on show: 0 the whole journey, 1..n a phase. */
    int step() {
        return step;
    }

    /** How many phases there are to step through. */
    int phaseCount() {
        return steps.size() - 1;
    }

    /** The indicator ("Phase 3 of 7"), for tests. */
    Label indicator() {
        return indicator;
    }

    /** Starts presenting the map on show: the whole journey first. */
    void start() {
        MapLayout layout = canvas.mapLayout();
        if (on || layout == null) {
            return;
        }
        on = true;
        if (canvas.inPlaceEditor().isOpen()) {
            canvas.inPlaceEditor().commit();
        }
        Rect view = canvas.visibleArea();
        oldZoom = canvas.zoom();
        oldX = view.x();
        oldY = view.y();
        steps = PresentationSteps.of(layout);
        step = 0;
        indicator.setVisible(true);
        indicator.setManaged(true);
        showStep(0);
    }

    /** Stops presenting and gives back the view the user had. */
    void stop() {
        if (!on) {
            return;
        }
        on = false;
        indicator.setVisible(false);
        indicator.setManaged(false);
        canvas.setPresentation(false, null);
        canvas.restoreView(oldZoom, oldX, oldY);
    }

    void next() {
        go(step + 1);
    }

    void previous() {
        go(step - 1);
    }

    /** Shows step {@code target} (kept within the steps), gliding there. */
    void go(int target) {
        if (!on || steps.isEmpty()) {
            return;
        }
        int clamped = Math.max(0, Math.min(steps.size() - 1, target));
        if (clamped != step) {
            step = clamped;
            showStep(STEP_MILLIS);
        }
    }

    private void showStep(double millis) {
        if (!on) {
            return;
        }
        // the steps follow the layout on show (a resize of the screen, a map opened meanwhile)
        MapLayout layout = canvas.mapLayout();
        if (layout != null) {
            steps = PresentationSteps.of(layout);
            step = Math.min(step, steps.size() - 1);
        }
        Rect area = steps.get(step);
        canvas.setPresentation(true, step == 0 ? null : area);
        canvas.showArea(area, MAX_ZOOM, millis);
        indicator.setText(text(layout));
    }

    private String text(MapLayout layout) {
        if (step == 0 || layout == null) {
            return messages.get("presentation.overview", phaseCount());
        }
        PhaseBox box = layout.phases().get(step - 1);
        String name = canvas.document() == null ? "" : canvas.document().map().phase(box.phaseId())
                .map(p -> p.name().strip()).orElse("");
        return messages.get("presentation.phase", step, phaseCount(), name);
    }

    private void key(KeyEvent e) {
        if (!on) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE, KP_RIGHT, KP_DOWN -> next();
            case PAGE_UP, LEFT, UP, BACK_SPACE, KP_LEFT, KP_UP -> previous();
            case HOME -> go(0);
            case END -> go(steps.size() - 1);
            case ESCAPE -> leave.run();
            case F11 -> {
                // the menu's accelerator leaves full screen
                return;
            }
            default -> {
                // nothing else: no key edits the map while presenting
            }
        }
        e.consume();
    }

    private void click(MouseEvent e) {
        if (!on) {
            return;
        }
        e.consume();
        if (e.getButton() == MouseButton.PRIMARY) {
            next();
        } else if (e.getButton() == MouseButton.SECONDARY) {
            previous();
        }
    }

    /** For tests: where the view looks now. */
    ViewAnimation.Place place() {
        return canvas.place();
    }
}
