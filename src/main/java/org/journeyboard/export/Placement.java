package org.journeyboard.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a map is put on paper: scaled to fit one page, at a fixed scale, or as a poster over C×R sheets. */
public sealed interface Placement {
    /** Scaled down (or up) to fill one page, aspect ratio kept. */
    record Fit() implements Placement {
    }

    /** At {@code scale} (1 = 100 %, one map unit per point), over as many sheets as that needs. */
    record Scale(double scale) implements Placement {
        public Scale {
            if (!(scale > 0 && scale <= 20)) {
                throw ExportMessages.wrong("placement.scale", scale);
            }
        }
    }

    /** A poster of {@code columns} × {@code rows} sheets, the map as large as they allow. */
    record Tiles(int columns, int rows) implements Placement {
        public Tiles {
            if (columns < 1 || rows < 1 || columns > 20 || rows > 20) {
                throw ExportMessages.wrong("placement.tiles", columns, rows);
            }
        }

        private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,2})\\s*[x×X*]\\s*(\\d{1,2})\\s*");

        /** Parses "3x2" (also "3×2"); throws IllegalArgumentException otherwise. */
        public static Tiles parse(String text) {
            Matcher m = FORMAT.matcher(text);
            if (!m.matches()) {
                throw ExportMessages.wrong("placement.tilesFormat", text);
            }
            return new Tiles(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
    }
}
