package org.journeyboard.export;

import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapColours;

/**
 * What a poster shows, in map units: the map, and beneath it a band with persona, date, author and the legend, so
 * that the taped-up wall poster explains itself and scales as one picture.
 */
final class PosterContent {
    private static final double LEGEND_SIZE = 11;
    private static final double INFO_SIZE = 11;

    private final MapDrawing drawing;
    private final Legend legend;
    private final String info;
    private final double legendWidth;
    private final double bandHeight;

    PosterContent(MapDrawing drawing, Legend legend, String info) {
        this.drawing = drawing;
        this.legend = legend;
        this.info = info;
        double margin = drawing.layout().style().margin();
        this.legendWidth = Math.max(200, drawing.width() - 2 * margin);
        this.bandHeight = FontMetrics.regular().lineHeight(INFO_SIZE) + 6 + legend.height(legendWidth, LEGEND_SIZE)
                + margin;
    }

    double width() {
        return drawing.width();
    }

    double height() {
        return drawing.height() + bandHeight;
    }

    /** Draws the part within {@code visible} (map units) at {@code scale} points per unit. */
    void draw(Canvas2D g, Rect visible, double scale) {
        drawing.draw(g, visible, scale);
        double x = drawing.layout().style().margin();
        double y = drawing.height();
        if (visible.bottom() < y) {
            return;
        }
        FontMetrics regular = FontMetrics.regular();
        g.setFill(MapColours.LIGHT.mutedInk());
        g.text(info, x, y + regular.ascent(INFO_SIZE), INFO_SIZE, false);
        legend.draw(g, x, y + regular.lineHeight(INFO_SIZE) + 6, legendWidth, LEGEND_SIZE);
    }
}
