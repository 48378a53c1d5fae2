package org.journeyboard.ui.canvas;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.journeyboard.paint.MapColours;

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
                             double dx, double dy, boolean copying, int fullGhosts) {
        paintDrop(gc, zoom, drop);
        int drawn = 0;
        for (String id : cards) {
            CardBox box = layout.card(id).orElse(null);
            if (box == null) {
                continue;
            }
            Rect r = box.rect();
            if (!copying) {
                // the original place fades so that the user sees the card leave it
                gc.setFill(Color.rgb(255, 255, 255, 0.55));
                gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 8, 8);
            }
            if (drawn++ < fullGhosts) {
                ghost(gc, zoom, box, r.x() + dx, r.y() + dy);
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

    private static void ghost(GraphicsContext gc, double zoom, CardBox box, double x, double y) {
        Rect r = box.rect();
        gc.setGlobalAlpha(0.8);
        gc.setFill(fx(MapColours.LIGHT.noteFill(box.kind())));
        gc.fillRoundRect(x, y, r.width(), r.height(), 8, 8);
        gc.setStroke(SelectionOverlay.ACCENT);
        gc.setLineDashes();
        gc.setLineWidth(1.5 / zoom);
        gc.strokeRoundRect(x, y, r.width(), r.height(), 8, 8);
        if (!box.title().isEmpty() && box.title().size() * zoom >= 4) {
            gc.setFill(fx(MapColours.LIGHT.ink()));
            gc.setFont(Font.font("DejaVu Sans", box.title().size()));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
            double ox = x - r.x();
            double oy = y - r.y();
            for (int i = 0; i < box.title().lines().size(); i++) {
                gc.fillText(box.title().lines().get(i), box.title().x() + ox, box.title().baseline(i) + oy);
            }
        }
        gc.setGlobalAlpha(1);
    }

    private static Color fx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
