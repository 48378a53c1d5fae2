package org.journeyboard.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.Hit;

/**
 * One kind of pointer interaction on the map canvas (moving cards, shaping the emotion curve, resizing a phase…).
 * The canvas offers each press to its gestures in order; the first that takes it receives the drag and the release.
 * A gesture previews in the view while dragging and commits one edit on release, so a whole drag is one undo step.
 */
public interface CanvasGesture {
    /** A press at {@code map} (map coordinates) on {@code hit}; true takes the drag until release. */
    boolean press(MouseEvent e, Point2D map, Hit hit);

    default void drag(MouseEvent e, Point2D map) {
    }

    default void release(MouseEvent e, Point2D map) {
    }

    /**
     * Drops the press or drag in progress without committing anything and clears its preview: the map changed under
     * it (an undo, a reload) or the document was replaced, so what it would commit no longer fits.
     */
    default void cancel() {
    }

    /** A double click (primary button); true when handled. */
    default boolean doubleClick(MouseEvent e, Point2D map, Hit hit) {
        return false;
    }

    /** A key pressed while the canvas has the focus; true when handled (the event is then consumed). */
    default boolean key(KeyEvent e) {
        return false;
    }

    /** Draws this gesture's live preview over the map; the context is already in map coordinates. */
    default void paintOverlay(GraphicsContext gc, double zoom) {
    }

    /** The cursor to show while hovering {@code hit}, or null to let the next gesture decide. */
    default Cursor cursorFor(Hit hit) {
        return null;
    }
}
