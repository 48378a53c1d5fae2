package org.journeyboard.export;

import org.journeyboard.paint.Canvas2D;

/** One page of an exported document: its size and how to draw it (in page points, origin top left). */
public record PrintedPage(PageSize size, Drawer drawer) {
    /** Draws a page's content; {@code number} counts from 1 up to {@code count}, the pages of the document. */
    @FunctionalInterface
    public interface Drawer {
        void draw(Canvas2D g, int number, int count);
    }
}
