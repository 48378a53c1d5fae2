package org.journeyboard.ui.canvas;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.MapLayout;

/**
 * Hands the canvas's pointer events to its gestures: a press goes to the first gesture that takes it, which then
 * receives the drags and the release; double clicks and hover cursors are offered in the same order. Panning comes
 * first: the middle button, Space held down, or any button when no document is open. A drag resting near the edge
 * scrolls the view on, so that cards can be carried anywhere on a large map.
 */
public final class PointerDispatch {
    /** How the dispatch moves the view: by view pixels (positive moves the map right and down). */
    @FunctionalInterface
    public interface Panner {
        void panBy(double viewDx, double viewDy);
    }

    private final CanvasView view;
    private final Canvas node;
    private final Supplier<List<CanvasGesture>> gestures;
    private final Panner panner;
    private final Runnable focus;
    private CanvasGesture active;
    private MouseButton activeButton;
    private boolean panning;
    private boolean spaceDown;
    private boolean pointerDown;
    private boolean dragMoved;
    private MouseEvent lastDrag;
    private double lastX;
    private double lastY;
    private final AnimationTimer edgeScroller = new AnimationTimer() {
        @Override
        public void handle(long now) {
            scrollAtEdge();
        }
    };

    public PointerDispatch(CanvasView view, Canvas node, Supplier<List<CanvasGesture>> gestures, Panner panner,
                           Runnable focus) {
        this.view = view;
        this.node = node;
        this.gestures = gestures;
        this.panner = panner;
        this.focus = focus;
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        node.addEventHandler(MouseEvent.MOUSE_MOVED, this::onHover);
    }

    /** True from a press that a gesture took until its release (selection changes then come from the pointer). */
    public boolean isPointerDown() {
        return pointerDown;
    }

    /** True while a gesture drags (the pointer moved since the press). */
    public boolean isDragging() {
        return active != null && dragMoved;
    }

    /** Space down and up: while it is held, dragging pans. True when the event was Space. */
    public boolean spaceKey(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown()) {
            return false;
        }
        spaceDown = e.getEventType() == KeyEvent.KEY_PRESSED;
        node.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        return true;
    }

    /** True from a press that a gesture took until its release or a {@link #cancel}. */
    public boolean hasGesture() {
        return active != null;
    }

    /**
     * Forgets a press or drag in progress without committing it (the map or the document changed under it): the
     * gesture is told to drop its preview, and the coming release goes nowhere.
     */
    public void cancel() {
        edgeScroller.stop();
        lastDrag = null;
        CanvasGesture g = active;
        active = null;
        panning = false;
        pointerDown = false;
        if (g != null) {
            g.cancel();
        }
    }

    private MapLayout layout() {
        return view.document() == null ? null : view.document().layout();
    }

    private Hit hitAt(Point2D at) {
        MapLayout layout = layout();
        return layout == null ? Hit.NOTHING : layout.hitTest(at.getX(), at.getY());
    }

    private void onPress(MouseEvent e) {
        if (active != null) {
            if (e.getButton() != activeButton) {
                // another button during a drag (a right click, say): the drag keeps going and gets its release
                e.consume();
                return;
            }
            // the same button pressed again: its release never reached us, so the old gesture is void
            cancel();
        }
        focus.run();
        lastX = e.getX();
        lastY = e.getY();
        active = null;
        dragMoved = false;
        panning = e.getButton() == MouseButton.MIDDLE || spaceDown || view.document() == null;
        if (panning) {
            node.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        Point2D at = view.toMap(e.getX(), e.getY());
        Hit hit = hitAt(at);
        pointerDown = true;
        try {
            for (CanvasGesture g : gestures.get()) {
                if (g.press(e, at, hit)) {
                    active = g;
                    activeButton = e.getButton();
                    break;
                }
            }
        } finally {
            pointerDown = active != null;
        }
    }

    private void onDrag(MouseEvent e) {
        if (panning) {
            panner.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        } else if (active != null) {
            if (!dragMoved) {
                edgeScroller.start();
            }
            dragMoved = true;
            lastDrag = e;
            active.drag(e, view.toMap(e.getX(), e.getY()));
        }
    }

    /** While a gesture drags near an edge, scrolls on and tells the gesture that the pointer moved over the map. */
    private void scrollAtEdge() {
        if (active == null || lastDrag == null) {
            edgeScroller.stop();
            return;
        }
        double dx = EdgeScroll.step(lastDrag.getX(), node.getWidth());
        double dy = EdgeScroll.step(lastDrag.getY(), node.getHeight());
        if (dx == 0 && dy == 0) {
            return;
        }
        Point2D before = view.toMap(0, 0);
        panner.panBy(-dx, -dy);
        if (!before.equals(view.toMap(0, 0))) {
            active.drag(lastDrag, view.toMap(lastDrag.getX(), lastDrag.getY()));
        }
    }

    private void onRelease(MouseEvent e) {
        if (active != null && e.getButton() != activeButton) {
            // the release of a press that was ignored during the drag
            e.consume();
            return;
        }
        edgeScroller.stop();
        lastDrag = null;
        if (panning) {
            panning = false;
            node.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        } else if (active != null) {
            CanvasGesture g = active;
            active = null;
            try {
                g.release(e, view.toMap(e.getX(), e.getY()));
            } finally {
                pointerDown = false;
            }
            view.redraw();
        }
        pointerDown = false;
    }

    private void onClick(MouseEvent e) {
        if (view.document() == null || e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2
                || !e.isStillSincePress() || spaceDown) {
            return;
        }
        Point2D at = view.toMap(e.getX(), e.getY());
        Hit hit = hitAt(at);
        for (CanvasGesture g : gestures.get()) {
            if (g.doubleClick(e, at, hit)) {
                e.consume();
                return;
            }
        }
    }

    private void onHover(MouseEvent e) {
        if (spaceDown) {
            node.setCursor(Cursor.OPEN_HAND);
            return;
        }
        Cursor cursor = null;
        if (view.document() != null) {
            Hit hit = hitAt(view.toMap(e.getX(), e.getY()));
            for (CanvasGesture g : gestures.get()) {
                cursor = g.cursorFor(hit);
                if (cursor != null) {
                    break;
                }
            }
        }
        node.setCursor(cursor == null ? Cursor.DEFAULT : cursor);
    }
}
