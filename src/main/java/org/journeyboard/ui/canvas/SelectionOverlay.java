package org.journeyboard.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.ui.editor.Selection;

/**
 * Draws what is selected over the map (outlined cards, a tinted empty cell, framed headers, a ringed curve point) and
 * the canvas's focus ring. Only the canvas draws these: the shared painter does not, so no export shows a selection.
 */
public final class SelectionOverlay {
    /** The selection colour (a clear blue that reads on every note and header colour). */
    public static final Color ACCENT = Color.web("#1A73E8");
    private static final Color CELL_TINT = Color.web("#1A73E8", 0.10);

    private SelectionOverlay() {
    }

    /** Draws {@code selection} where it intersects {@code visible}; {@code gc} is in map coordinates. */
    public static void paint(GraphicsContext gc, MapLayout layout, Selection selection, Rect visible, double zoom) {
        gc.save();
        gc.setLineDashes();
        double line = 2.5 / zoom;
        gc.setStroke(ACCENT);
        gc.setLineWidth(line);
        if (selection instanceof Selection.Cards cards) {
            paintCards(gc, layout, cards.ids(), visible, line);
        } else if (selection instanceof Selection.CellSelected cell) {
            layout.cell(cell.phaseId(), cell.laneId()).filter(r -> r.intersects(visible)).ifPresent(r -> {
                gc.setFill(CELL_TINT);
                gc.fillRect(r.x(), r.y(), r.width(), r.height());
                stroke(gc, r.inflate(-line / 2));
            });
        } else if (selection instanceof Selection.CurvePointSelected) {
            // a ring with a soft halo around the face (not over it): focused on every curve colour
            areaOf(layout, selection).filter(r -> r.intersects(visible)).ifPresent(r -> {
                gc.setStroke(Color.web("#1A73E8", 0.3));
                gc.setLineWidth(line * 3);
                gc.strokeOval(r.x() - line * 1.5, r.y() - line * 1.5, r.width() + line * 3, r.height() + line * 3);
                gc.setStroke(ACCENT);
                gc.setLineWidth(line);
                gc.strokeOval(r.x(), r.y(), r.width(), r.height());
            });
        } else {
            areaOf(layout, selection).filter(r -> r.intersects(visible)).ifPresent(r -> stroke(gc, r));
        }
        gc.restore();
    }

    private static void paintCards(GraphicsContext gc, MapLayout layout, List<String> ids, Rect visible, double line) {
        if (ids.size() > 64) {
            // a big selection (select all on a huge map): look only at the cards on show
            Set<String> selected = new HashSet<>(ids);
            for (CardBox c : layout.cardsIn(visible.inflate(line))) {
                if (selected.contains(c.cardId())) {
                    outline(gc, c.rect(), line);
                }
            }
            return;
        }
        for (String id : ids) {
            layout.card(id).map(CardBox::rect).filter(r -> r.inflate(line * 2).intersects(visible))
                    .ifPresent(r -> outline(gc, r, line));
        }
    }

    private static void outline(GraphicsContext gc, Rect r, double line) {
        double d = line;
        gc.strokeRoundRect(r.x() - d, r.y() - d, r.width() + 2 * d, r.height() + 2 * d, 10, 10);
    }

    private static void stroke(GraphicsContext gc, Rect r) {
        gc.strokeRect(r.x(), r.y(), r.width(), r.height());
    }

    /** Where the selection is drawn, in map coordinates (for scrolling it into view); empty for none. */
    public static Optional<Rect> areaOf(MapLayout layout, Selection selection) {
        if (layout == null || selection == null) {
            return Optional.empty();
        }
        if (selection instanceof Selection.Cards cards) {
            // the last selected card is the one the keyboard moves from: keep it on screen
            return layout.card(cards.ids().get(cards.ids().size() - 1)).map(CardBox::rect);
        }
        if (selection instanceof Selection.CellSelected cell) {
            return layout.cell(cell.phaseId(), cell.laneId());
        }
        if (selection instanceof Selection.PhaseSelected p) {
            return layout.phase(p.phaseId()).map(b -> b.header());
        }
        if (selection instanceof Selection.LaneSelected l) {
            return layout.lane(l.laneId()).map(b -> b.header());
        }
        if (selection instanceof Selection.PersonaSelected p) {
            return layout.personas().stream().filter(b -> b.personaId().equals(p.personaId())).findFirst()
                    .map(b -> b.rect());
        }
        if (selection instanceof Selection.CurvePointSelected cp) {
            double r = layout.style().pointRadius() + 3;
            for (EmotionLaneBox e : layout.emotionLanes()) {
                for (var curve : e.curves()) {
                    for (CurvePointBox p : curve.points()) {
                        if (p.curveId().equals(cp.curveId()) && p.pointId().equals(cp.pointId())) {
                            return Optional.of(new Rect(p.x() - r, p.y() - r, 2 * r, 2 * r));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A ring just inside the canvas's edge while it has the keyboard focus; {@code gc} is in view coordinates. */
    public static void paintFocusRing(GraphicsContext gc, double width, double height) {
        gc.save();
        gc.setLineDashes();
        gc.setStroke(Color.web("#1A73E8", 0.75));
        gc.setLineWidth(3);
        gc.strokeRect(1.5, 1.5, Math.max(0, width - 3), Math.max(0, height - 3));
        gc.restore();
    }
}
