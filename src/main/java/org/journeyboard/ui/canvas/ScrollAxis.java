package org.journeyboard.ui.canvas;

import javafx.scene.control.ScrollBar;

/** One scroll direction of the map view: a scroll bar whose value is the map coordinate at the view's near edge. */
public final class ScrollAxis {
    private final ScrollBar bar;

    public ScrollAxis(ScrollBar bar) {
        this.bar = bar;
    }

    /** Scrolls to {@code mapCoordinate}, kept within the map. */
    public void scrollTo(double mapCoordinate) {
        bar.setValue(clamp(mapCoordinate));
    }

    /** Sets the range for a map of {@code content} length seen through a view of {@code viewport} length. */
    public void fit(double content, double viewport) {
        double max = Math.max(0, content - viewport);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max == 0 ? 1 : viewport * max / Math.max(1, content));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(Math.max(40, viewport * 0.9));
        bar.setValue(clamp(bar.getValue()));
        bar.setDisable(max == 0);
    }

    /** Scrolls as little as needed to show {@code from..to} in a view of {@code size} (its start when it does not fit). */
    public void reveal(double size, double from, double to) {
        double start = bar.getValue();
        if (to - from > size || from < start) {
            scrollTo(from);
        } else if (to > start + size) {
            scrollTo(to - size);
        }
    }

    private double clamp(double v) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
    }
}
