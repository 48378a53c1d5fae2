package org.journeyboard.ui.canvas;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapColours;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.FxCanvas2D;

/**
 * The live picture of a drag over the map: the target cell tinted, a line where the cards will land, and
 * translucent ghosts of the dragged cards under the pointer. Drawn in map coordinates over the finished map.
 */
public final class DragPreview {
    private static final Color CELL_TINT = Color.web("#1A73E8", 0.07);

    private DragPreview() {
    }

    /** Draws the target {@code drop} (may be null) and ghosts of {@code cards} moved by (dx, dy). */
    public static void paint(GraphicsContext gc, double zoom, MapLayout layout, List<String> cards, DropPlace drop,
                             double dx, double dy, boolean copying, int fullGhosts, MapColours colours) {
        paintDrop(gc, zoom, drop);
        MapPainter painter = new MapPainter(colours, zoom);
        int drawn = 0;
        for (String id : cards) {
            CardBox box = layout.card(id).orElse(null);
            if (box == null) {
                continue;
            }
            Rect r = box.rect();
            if (!copying) {
                // the original place fades so that the user sees the card leave it
                gc.setFill(FxCanvas2D.fx(colours.paper()).deriveColor(0, 1, 1, 0.55));
                gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 8, 8);
            }
            if (drawn++ < fullGhosts) {
                ghost(gc, zoom, painter, box, dx, dy);
            }
        }
    }

    /** Draws the target cell and the line where dropped cards land; nothing for null. */
    public static void paintDrop(GraphicsContext gc, double zoom, DropPlace drop) {
        if (drop == null) {
            return;
        }
        Rect c = drop.cell();
        gc.setFill(CELL_TINT);
        gc.fillRect(c.x(), c.y(), c.width(), c.height());
        gc.setStroke(SelectionOverlay.ACCENT);
        gc.setLineDashes();
        gc.setLineWidth(3 / zoom);
        gc.strokeLine(drop.x1(), drop.y1(), drop.x2(), drop.y2());
        double r = 3.5 / zoom;
        gc.setFill(SelectionOverlay.ACCENT);
        gc.fillOval(drop.x1() - r, drop.y1() - r, 2 * r, 2 * r);
        gc.fillOval(drop.x2() - r, drop.y2() - r, 2 * r, 2 * r);
    }

    /** A dragged card, drawn by the map's own painter (same font, fill, badge and icon), translucent. */
    private static void ghost(GraphicsContext gc, double zoom, MapPainter painter, CardBox box, double dx,
                              double dy) {
        Rect r = box.rect();
        gc.save();
        gc.setGlobalAlpha(0.8);
        painter.paintCard(box, new FxCanvas2D(gc), dx, dy);
        gc.setGlobalAlpha(1);
        gc.setStroke(SelectionOverlay.ACCENT);
        gc.setLineDashes();
        gc.setLineWidth(1.5 / zoom);
        gc.strokeRoundRect(r.x() + dx, r.y() + dy, r.width(), r.height(), 8, 8);
        gc.restore();
    }
}
