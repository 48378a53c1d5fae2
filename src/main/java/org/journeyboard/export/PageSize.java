package org.journeyboard.export;

import org.journeyboard.layout.Rect;

/** The size of one printed sheet in points, already turned to its orientation. */
public record PageSize(double width, double height) {
    public PageSize {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("page size must be positive, was " + width + "×" + height);
        }
    }

    /**
     * The sheet of {@code paper} turned to {@code orientation}; {@link Orientation#AUTO} turns it the way the
     * content's aspect ratio ({@code contentWidth} to {@code contentHeight}) prefers.
     */
    public static PageSize of(Paper paper, Orientation orientation, double contentWidth, double contentHeight) {
        boolean landscape = switch (orientation) {
            case LANDSCAPE -> true;
            case PORTRAIT -> false;
            case AUTO -> contentWidth >= contentHeight;
        };
        return landscape ? new PageSize(paper.height(), paper.width()) : new PageSize(paper.width(), paper.height());
    }

    /** The printable area inside a margin of {@code margin} points on every side. */
    public Rect inside(double margin) {
        double m = Math.min(margin, Math.min(width, height) / 4);
        return new Rect(m, m, width - 2 * m, height - 2 * m);
    }
}
