package org.journeyboard.ui.canvas;

/**
 * How fast the canvas scrolls while a drag rests near its edge, so that cards can be carried to a cell that is not
 * on screen: nothing farther than {@link #BAND} pixels from the edge, up to {@link #MAX_STEP} pixels per frame right
 * at it (or beyond it).
 */
public final class EdgeScroll {
    /** How close to an edge (view pixels) the pointer must be to scroll. */
    public static final double BAND = 28;
    /** The fastest scroll, in view pixels per frame. */
    public static final double MAX_STEP = 18;

    private EdgeScroll() {
    }

    /** The scroll step along one axis for a pointer at {@code pos} in a view of {@code size}: negative scrolls back. */
    public static double step(double pos, double size) {
        if (size < 3 * BAND) {
            return 0;
        }
        if (pos < BAND) {
            return -MAX_STEP * Math.min(1, (BAND - pos) / BAND);
        }
        if (pos > size - BAND) {
            return MAX_STEP * Math.min(1, (pos - (size - BAND)) / BAND);
        }
        return 0;
    }
}
