package org.journeyboard.export;

/**
 * How large a PNG picture is rendered: at {@code dpi} (one map unit is one point, 1/72 inch) or, when
 * {@code widthPx} is above 0, exactly that many pixels wide; on white or on a transparent background.
 */
public record PngOptions(double dpi, int widthPx, boolean transparent) {
    /** Largest picture side rendered, so a typo in the options cannot exhaust memory. */
    public static final int MAX_SIDE = 30_000;

    public PngOptions {
        if (!(dpi > 0 && dpi <= 2400)) {
            throw ExportMessages.wrong("png.dpi", dpi);
        }
        if (widthPx < 0 || widthPx > MAX_SIDE) {
            throw ExportMessages.wrong("png.width", MAX_SIDE, widthPx);
        }
    }

    /** 150 dpi on white: sharp enough for slides and small to send. */
    public static PngOptions defaults() {
        return new PngOptions(150, 0, false);
    }

    public static PngOptions atDpi(double dpi, boolean transparent) {
        return new PngOptions(dpi, 0, transparent);
    }

    public static PngOptions atWidth(int widthPx, boolean transparent) {
        return new PngOptions(150, widthPx, transparent);
    }

    /** Pixels per map unit for a map {@code mapWidth} units wide. */
    public double scaleFor(double mapWidth) {
        return widthPx > 0 ? widthPx / mapWidth : dpi / 72.0;
    }
}
