package org.journeyboard.export;

/** How the sheet is turned; {@link #AUTO} picks whichever shows the map larger. */
public enum Orientation {
    PORTRAIT, LANDSCAPE, AUTO
}
