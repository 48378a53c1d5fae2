package org.journeyboard.ui.canvas;

import java.util.function.Consumer;
import javafx.geometry.Point2D;
import org.journeyboard.layout.Rect;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.MapDocument;

/** What a {@link CanvasGesture} may ask of the canvas it works on. */
public interface CanvasView {
    /** The open document (map, selection, history). */
    MapDocument document();

    /** The palette the map is drawn with; what gestures draw over it uses the same. */
    default org.journeyboard.paint.MapColours colours() {
        return org.journeyboard.paint.MapColours.LIGHT;
    }

    /** The map point under a point of the canvas. */
    Point2D toMap(double viewX, double viewY);

    /** The canvas point showing a map point. */
    Point2D toView(double mapX, double mapY);

    double zoom();

    /** Draws again on the next pulse (after a preview changed). */
    void redraw();

    /**
     * Opens a text field over {@code mapArea} holding {@code text}, all selected; Enter or a click elsewhere hands the
     * new text to {@code onCommit} (unless unchanged), Esc closes it without a change.
     */
    void editInPlace(Rect mapArea, String text, boolean multiLine, Consumer<String> onCommit);

    /** The card commands for the open document (added by the canvas; defaults to commands without a clipboard). */
    default CardCommands cardCommands() {
        return document() == null ? null : new CardCommands(document(), NoClipboard.INSTANCE);
    }

    /** Scrolls as little as needed to show {@code mapArea} (added by the canvas; by default nothing happens). */
    default void reveal(Rect mapArea) {
    }

    /** True while a pointer gesture is under way (added by the canvas): menus and other presses wait for it. */
    default boolean isGestureActive() {
        return false;
    }
}
