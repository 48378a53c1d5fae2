package org.journeyboard.export;

import org.journeyboard.layout.Rect;

/**
 * One printed sheet of a placement: which part of the content it shows and where. Content drawn after
 * {@code translate(offsetX, offsetY)} and {@code scale(scale)} lands right on the page; {@code clip} (page points)
 * is the area it may cover. {@code column} and {@code row} count from 0.
 */
public record Sheet(int column, int row, int columns, int rows, Rect clip, double offsetX, double offsetY,
                    double scale) {

    /** The label printed on a poster sheet, e.g. "B2 · 3×2": column letter, row number, poster size. */
    public String label() {
        return columnLetters(column) + (row + 1) + " · " + columns + "×" + rows;
    }

    /** True when this sheet is one of several that are taped together. */
    public boolean isTile() {
        return columns * rows > 1;
    }

    static String columnLetters(int column) {
        String s = "";
        int c = column;
        do {
            s = (char) ('A' + c % 26) + s;
            c = c / 26 - 1;
        } while (c >= 0);
        return s;
    }
}
