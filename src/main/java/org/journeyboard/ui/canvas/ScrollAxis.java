package org.journeyboard.ui.canvas;

import javafx.scene.control.ScrollBar;

/**
 * One scroll direction of the map view: the map coordinate at the view's near edge (its origin). A map shorter than
 * the view is centred in it (the origin is then negative); otherwise the origin stays within the map, as the scroll
 * bar shows it, except while a view is placed freely (presentation mode centres a phase even at the map's ends).
 */
public final class ScrollAxis {
    private final ScrollBar bar;
    private double content;
    private double viewport;
    private double origin;
    private boolean free;
    private boolean settingBar;
    private double shown;
    private final Runnable moved;

    /** An axis scrolled by {@code bar}; {@code moved} runs whenever the origin changes, by the bar or by code. */
    public ScrollAxis(ScrollBar bar, Runnable moved) {
        this.bar = bar;
        this.moved = moved;
        bar.valueProperty().addListener((o, was, now) -> {
            if (!settingBar) {
                free = false;
                origin = centred() ? centre() : now.doubleValue();
                showOnBar();
            }
        });
    }

    /** The map coordinate at the view's near edge. */
    public double origin() {
        return origin;
    }

    /** Scrolls to {@code mapCoordinate}, kept within the map (a map shorter than the view stays centred). */
    public void scrollTo(double mapCoordinate) {
        free = false;
        origin = centred() ? centre() : clamp(mapCoordinate);
        showOnBar();
    }

    /** Puts {@code mapCoordinate} at the near edge even beyond the map's ends, until the user scrolls. */
    public void placeFreely(double mapCoordinate) {
        free = true;
        origin = mapCoordinate;
        showOnBar();
    }

    /** Sets the range for a map of {@code content} length seen through a view of {@code viewport} length. */
    public void fit(double content, double viewport) {
        this.content = content;
        this.viewport = viewport;
        double max = Math.max(0, content - viewport);
        settingBar = true;
        try {
            bar.setMin(0);
            bar.setMax(max);
            bar.setVisibleAmount(max == 0 ? 1 : viewport * max / Math.max(1, content));
            bar.setUnitIncrement(40);
            bar.setBlockIncrement(Math.max(40, viewport * 0.9));
            bar.setDisable(max == 0);
        } finally {
            settingBar = false;
        }
        if (!free) {
            origin = centred() ? centre() : clamp(origin);
        }
        showOnBar();
    }

    /** Scrolls as little as needed to show {@code from..to} in a view of {@code size} (its start when it does not fit). */
    public void reveal(double size, double from, double to) {
        double start = origin;
        if (to - from > size || from < start) {
            scrollTo(from);
        } else if (to > start + size) {
            scrollTo(to - size);
        }
    }

    private boolean centred() {
        return content > 0 && content <= viewport;
    }

    private double centre() {
        return -(viewport - content) / 2;
    }

    private void showOnBar() {
        settingBar = true;
        try {
            bar.setValue(clamp(origin));
        } finally {
            settingBar = false;
        }
        if (origin != shown) {
            shown = origin;
            moved.run();
        }
    }

    private double clamp(double v) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
    }
}
