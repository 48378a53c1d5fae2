package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.layout.Rect;

/**
 * Puts content of a given size onto sheets: one page scaled to fit, or a grid of tiles that overlap by a strip the
 * neighbour is glued onto. Pure geometry, in points; nothing is drawn here.
 */
public final class Imposition {
    private Imposition() {
    }

    /**
     * The sheets for content {@code width} × {@code height} (content units) placed in {@code area} (page points) of
     * each sheet; neighbouring tiles share {@code overlap} points.
     */
    public static List<Sheet> plan(Placement placement, double width, double height, Rect area, double overlap) {
        double w = Math.max(width, 1);
        double h = Math.max(height, 1);
        if (placement instanceof Placement.Fit) {
            double scale = Math.min(area.width() / w, area.height() / h);
            // centred both ways, so the spare paper is shared evenly by the margins
            double x = area.x() + (area.width() - w * scale) / 2;
            double y = area.y() + (area.height() - h * scale) / 2;
            return List.of(new Sheet(0, 0, 1, 1, area, x, y, scale));
        }
        double ov = Math.min(overlap, Math.min(area.width(), area.height()) / 3);
        double stepX = area.width() - ov;
        double stepY = area.height() - ov;
        int columns;
        int rows;
        double scale;
        if (placement instanceof Placement.Tiles t) {
            columns = t.columns();
            rows = t.rows();
            scale = Math.min((columns * stepX + ov) / w, (rows * stepY + ov) / h);
        } else {
            scale = ((Placement.Scale) placement).scale();
            columns = count(w * scale, area.width(), stepX);
            rows = count(h * scale, area.height(), stepY);
        }
        // centre the image on the whole poster, so the spare paper is shared by the outer sheets
        double posterW = columns * stepX + ov;
        double posterH = rows * stepY + ov;
        double originX = Math.max(0, (posterW - w * scale) / 2);
        double originY = Math.max(0, (posterH - h * scale) / 2);
        List<Sheet> sheets = new ArrayList<>(columns * rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                sheets.add(new Sheet(c, r, columns, rows, area, area.x() + originX - c * stepX,
                        area.y() + originY - r * stepY, scale));
            }
        }
        return sheets;
    }

    private static int count(double length, double first, double step) {
        if (length <= first + 1e-6) {
            return 1;
        }
        return 1 + (int) Math.ceil((length - first - 1e-6) / step);
    }
}
