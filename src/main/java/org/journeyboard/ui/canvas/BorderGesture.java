package org.journeyboard.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.ui.editor.StructureCommands;

/**
 * Resizes a phase by dragging its right border and a lane by dragging its bottom border (resize cursor on hover).
 * The new border shows as a line while dragging and is committed as one edit on release; a phase never gets
 * narrower than one card, a lane never lower than its cards need. Esc during a drag cancels it.
 */
public final class BorderGesture implements CanvasGesture {
    private static final Color PREVIEW = Color.web("#2563EB");

    private final CanvasView view;
    private Resize resize;

    /** One border drag: which border, where its phase or lane starts, the smallest size and the size now. */
    private static final class Resize {
        final boolean phase;
        final String id;
        final double origin;
        final double grip;
        final double min;
        final double startSize;
        double size;

        Resize(boolean phase, String id, double origin, double grip, double min, double startSize) {
            this.phase = phase;
            this.id = id;
            this.origin = origin;
            this.grip = grip;
            this.min = min;
            this.startSize = startSize;
            this.size = startSize;
        }
    }

    public BorderGesture(CanvasView view) {
        this.view = view;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        MapLayout layout = view.document().layout();
        if (hit instanceof Hit.PhaseBorderHit h) {
            PhaseBox p = layout.phase(h.phaseId()).orElse(null);
            if (p == null) {
                return false;
            }
            Rect c = p.column();
            resize = new Resize(true, h.phaseId(), c.x(), map.getX() - c.right(), StructureCommands.minPhaseWidth(),
                    c.width());
            return true;
        }
        if (hit instanceof Hit.LaneBorderHit h) {
            LaneBox l = layout.lane(h.laneId()).orElse(null);
            if (l == null) {
                return false;
            }
            Rect row = l.row();
            resize = new Resize(false, h.laneId(), row.y(), map.getY() - row.bottom(), minLaneHeight(layout, l),
                    row.height());
            return true;
        }
        return false;
    }

    @Override
    public void drag(MouseEvent e, Point2D map) {
        Resize r = current();
        if (r == null) {
            return;
        }
        r.size = sizeAt(r.origin, r.grip, r.min, r.phase ? map.getX() : map.getY());
        view.redraw();
    }

    @Override
    public void release(MouseEvent e, Point2D map) {
        Resize r = current();
        if (r == null) {
            return;
        }
        drag(e, map);
        resize = null;
        // a click on a border without moving it must not turn the drawn size into a stored one
        if (Math.abs(r.size - r.startSize) >= 0.5) {
            StructureCommands commands = new StructureCommands(view.document());
            if (r.phase) {
                commands.resizePhase(r.id, r.size);
            } else {
                commands.resizeLane(r.id, r.size);
            }
        }
        view.redraw();
    }

    @Override
    public boolean key(KeyEvent e) {
        if (current() != null && e.getCode() == KeyCode.ESCAPE) {
            resize = null;
            view.redraw();
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(GraphicsContext gc, double zoom) {
        Resize r = current();
        if (r == null) {
            return;
        }
        Rect grid = view.document().layout().grid();
        gc.save();
        gc.setStroke(PREVIEW);
        gc.setLineWidth(2 / zoom);
        gc.setLineDashes(6 / zoom, 4 / zoom);
        double at = r.origin + r.size;
        if (r.phase) {
            gc.strokeLine(at, grid.y(), at, grid.bottom());
        } else {
            gc.strokeLine(grid.x(), at, grid.right(), at);
        }
        gc.restore();
    }

    @Override
    public Cursor cursorFor(Hit hit) {
        if (hit instanceof Hit.PhaseBorderHit) {
            return Cursor.H_RESIZE;
        }
        return hit instanceof Hit.LaneBorderHit ? Cursor.V_RESIZE : null;
    }

    /** The size a border dragged to {@code pointer} gives: measured from {@code origin}, keeping the grip, at least min. */
    static double sizeAt(double origin, double grip, double min, double pointer) {
        return Math.max(min, Math.round(pointer - grip - origin));
    }

    /** A lane may not be lower than its tallest cell's cards need, nor than {@link StructureCommands#MIN_LANE_HEIGHT}. */
    static double minLaneHeight(MapLayout layout, LaneBox lane) {
        double bottom = lane.row().y();
        for (CardBox c : layout.cardsIn(lane.row())) {
            if (c.laneId().equals(lane.laneId())) {
                bottom = Math.max(bottom, c.rect().bottom() + layout.style().cellPadding());
            }
        }
        return Math.max(StructureCommands.MIN_LANE_HEIGHT, Math.ceil(bottom - lane.row().y()));
    }

    /** The gesture in progress, or null; the canvas {@link #cancel}s it when the map changes under it. */
    private Resize current() {
        return resize;
    }

    @Override
    public void cancel() {
        resize = null;
        view.redraw();
    }
}
