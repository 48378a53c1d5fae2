package org.journeyboard.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextBlock;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.StructureCommands;

/**
 * Phase and lane headers under the pointer: a click selects the phase or lane, a double click (or Enter/F2 with it
 * selected) renames it in place, and dragging a header moves the column or row, previewed as an insertion line and
 * committed as one edit on release (Esc cancels). Ctrl+arrows move a selected phase or lane by one place, Delete
 * deletes it with its cards (one undo step).
 */
public final class HeaderGesture implements CanvasGesture {
    private static final Color INSERTION = Color.web("#2563EB");

    private final CanvasView view;
    private Reorder reorder;

    /** A press on a header until release: what moves, from where, and the gap it would drop into now. */
    private static final class Reorder {
        final boolean phase;
        final String id;
        final Point2D start;
        boolean moved;
        int gap = -1;
        Point2D pointer;

        Reorder(boolean phase, String id, Point2D start) {
            this.phase = phase;
            this.id = id;
            this.start = start;
        }
    }

    public HeaderGesture(CanvasView view) {
        this.view = view;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
            return false;
        }
        if (hit instanceof Hit.PhaseHeaderHit h) {
            view.document().select(new Selection.PhaseSelected(h.phaseId()));
            reorder = new Reorder(true, h.phaseId(), map);
            return true;
        }
        if (hit instanceof Hit.LaneHeaderHit h) {
            view.document().select(new Selection.LaneSelected(h.laneId()));
            reorder = new Reorder(false, h.laneId(), map);
            return true;
        }
        return false;
    }

    @Override
    public void drag(MouseEvent e, Point2D map) {
        Reorder r = current();
        if (r == null || !r.moved && r.start.distance(map) * view.zoom() < CurveGesture.DRAG_THRESHOLD) {
            return;
        }
        r.moved = true;
        r.pointer = map;
        MapLayout layout = view.document().layout();
        r.gap = r.phase ? phaseGap(layout.phases(), map.getX()) : laneGap(layout.lanes(), map.getY());
        view.redraw();
    }

    @Override
    public void release(MouseEvent e, Point2D map) {
        Reorder r = current();
        if (r == null) {
            return;
        }
        drag(e, map);
        reorder = null;
        if (r.moved) {
            JourneyMap m = view.document().map();
            StructureCommands commands = new StructureCommands(view.document());
            if (r.phase) {
                int target = phaseTarget(m.phases(), r.id, r.gap);
                if (target >= 0) {
                    commands.movePhase(r.id, target);
                }
            } else {
                int target = laneTarget(m.lanes(), view.document().layout().lanes(), r.id, r.gap);
                if (target >= 0) {
                    commands.moveLane(r.id, target);
                }
            }
        }
        view.redraw();
    }

    @Override
    public boolean doubleClick(MouseEvent e, Point2D map, Hit hit) {
        if (hit instanceof Hit.PhaseHeaderHit h) {
            return renameInPlace(new Selection.PhaseSelected(h.phaseId()));
        }
        if (hit instanceof Hit.LaneHeaderHit h) {
            return renameInPlace(new Selection.LaneSelected(h.laneId()));
        }
        return false;
    }

    /**
     * Selects a phase or lane and opens its name for editing over its header (menus call this too); false when
     * {@code what} is neither or is not on show.
     */
    public boolean renameInPlace(Selection what) {
        MapDocument doc = view.document();
        MapLayout layout = doc.layout();
        StructureCommands commands = new StructureCommands(doc);
        if (what instanceof Selection.PhaseSelected p) {
            PhaseBox box = layout.phase(p.phaseId()).orElse(null);
            Phase phase = view.document().map().phase(p.phaseId()).orElse(null);
            if (box == null || phase == null) {
                return false;
            }
            view.document().select(what);
            view.editInPlace(nameField(box.header(), box.name()), phase.name(), false,
                    name -> {
                        // the phase may have gone meanwhile (an undo from the menu while the field was open)
                        if (doc.map().phase(p.phaseId()).isPresent()) {
                            commands.renamePhase(p.phaseId(), name);
                        }
                    });
            return true;
        }
        if (what instanceof Selection.LaneSelected l) {
            LaneBox box = layout.lane(l.laneId()).orElse(null);
            Lane lane = view.document().map().lane(l.laneId()).orElse(null);
            if (box == null || lane == null) {
                return false;
            }
            view.document().select(what);
            view.editInPlace(nameField(box.header(), box.title()), lane.title(), false,
                    title -> {
                        if (doc.map().lane(l.laneId()).isPresent()) {
                            commands.renameLane(l.laneId(), title);
                        }
                    });
            return true;
        }
        return false;
    }

    /** One line tall at the name's place, as wide as the header: the text field covers the name it edits. */
    static Rect nameField(Rect header, TextBlock name) {
        double pad = 4;
        double height = Math.min(header.height(), Math.max(24, name.isEmpty() ? 0 : name.lineHeight() + 8));
        double top = Math.max(header.y(), Math.min(name.top() - 4, header.bottom() - height));
        return new Rect(header.x() + pad, top, Math.max(0, header.width() - 2 * pad), height);
    }

    @Override
    public boolean key(KeyEvent e) {
        if (current() != null) {
            if (e.getCode() == KeyCode.ESCAPE) {
                reorder = null;
                view.redraw();
                return true;
            }
            return false;
        }
        Selection s = view.document().selection();
        if (!(s instanceof Selection.PhaseSelected) && !(s instanceof Selection.LaneSelected)) {
            return false;
        }
        if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && !e.isShortcutDown()) {
            return renameInPlace(s);
        }
        StructureCommands commands = new StructureCommands(view.document());
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            return commands.deleteSelection();
        }
        if (!e.isShortcutDown()) {
            return false;
        }
        if (s instanceof Selection.PhaseSelected p && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            commands.movePhaseBy(p.phaseId(), e.getCode() == KeyCode.LEFT ? -1 : 1);
            return true;
        }
        if (s instanceof Selection.LaneSelected l && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            commands.moveLaneBy(l.laneId(), e.getCode() == KeyCode.UP ? -1 : 1);
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(GraphicsContext gc, double zoom) {
        Reorder r = current();
        if (r == null || !r.moved || r.gap < 0) {
            return;
        }
        MapLayout layout = view.document().layout();
        Rect grid = layout.grid();
        gc.save();
        gc.setStroke(INSERTION);
        gc.setLineWidth(4 / zoom);
        if (r.phase) {
            double x = gapX(layout.phases(), r.gap);
            gc.strokeLine(x, grid.y(), x, grid.bottom());
        } else {
            double y = gapY(layout.lanes(), r.gap);
            gc.strokeLine(grid.x(), y, grid.right(), y);
        }
        paintGhost(gc, layout, r);
        gc.restore();
    }

    /** A translucent copy of the dragged header that follows the pointer along its axis, so one sees what moves. */
    private void paintGhost(GraphicsContext gc, MapLayout layout, Reorder r) {
        Rect header;
        TextBlock name;
        Color fill;
        if (r.phase) {
            PhaseBox p = layout.phase(r.id).orElse(null);
            if (p == null) {
                return;
            }
            header = p.header();
            name = p.name();
            fill = Color.rgb(p.colour().red(), p.colour().green(), p.colour().blue(), 0.75);
        } else {
            LaneBox l = layout.lane(r.id).orElse(null);
            if (l == null) {
                return;
            }
            header = l.header();
            name = l.title();
            fill = FxCanvas2D.fx(view.colours().laneHeader()).deriveColor(0, 1, 1, 0.85);
        }
        double dx = r.phase ? r.pointer.getX() - r.start.getX() : 0;
        double dy = r.phase ? 0 : r.pointer.getY() - r.start.getY();
        FxCanvas2D g = new FxCanvas2D(gc);
        gc.setFill(fill);
        gc.fillRect(header.x() + dx, header.y() + dy, header.width(), header.height());
        gc.setStroke(INSERTION);
        gc.setLineWidth(1);
        gc.strokeRect(header.x() + dx, header.y() + dy, header.width(), header.height());
        g.setFill(r.phase ? view.colours().textOn(layout.phase(r.id).orElseThrow().colour()) : view.colours().ink());
        for (int i = 0; i < name.lines().size(); i++) {
            g.text(name.lines().get(i), name.x() + dx, name.baseline(i) + dy, name.size(), name.bold());
        }
    }

    @Override
    public Cursor cursorFor(Hit hit) {
        return hit instanceof Hit.PhaseHeaderHit || hit instanceof Hit.LaneHeaderHit ? Cursor.OPEN_HAND : null;
    }

    /** The gap (0..n) between phase columns nearest to map x: the number of columns whose middle lies left of x. */
    static int phaseGap(List<PhaseBox> phases, double x) {
        int gap = 0;
        for (PhaseBox p : phases) {
            if (p.column().centerX() < x) {
                gap++;
            }
        }
        return gap;
    }

    /** The gap (0..n) between visible lane rows nearest to map y. */
    static int laneGap(List<LaneBox> lanes, double y) {
        int gap = 0;
        for (LaneBox l : lanes) {
            if (l.row().centerY() < y) {
                gap++;
            }
        }
        return gap;
    }

    static double gapX(List<PhaseBox> phases, int gap) {
        return gap == 0 ? phases.get(0).column().x() : phases.get(gap - 1).column().right();
    }

    static double gapY(List<LaneBox> lanes, int gap) {
        return gap == 0 ? lanes.get(0).row().y() : lanes.get(gap - 1).row().bottom();
    }

    /**
     * The index for {@code PhaseEdits.movePhase} that drops phase {@code id} into {@code gap}, or -1 when it would
     * stay where it is.
     */
    static int phaseTarget(List<Phase> phases, String id, int gap) {
        int from = phases.stream().map(Phase::id).toList().indexOf(id);
        if (from < 0 || gap < 0) {
            return -1;
        }
        int to = gap > from ? gap - 1 : gap;
        return to == from ? -1 : to;
    }

    /**
     * The index among all lanes (hidden ones too) for {@code LaneEdits.moveLane} that drops lane {@code id} into
     * {@code gap} between the visible rows: just before the visible lane after the gap, or after the last visible
     * one. -1 when it would stay where it is.
     */
    static int laneTarget(List<Lane> lanes, List<LaneBox> visible, String id, int gap) {
        List<String> ids = lanes.stream().map(Lane::id).toList();
        int from = ids.indexOf(id);
        if (from < 0 || gap < 0 || gap > visible.size()) {
            return -1;
        }
        int insertAt = gap < visible.size() ? ids.indexOf(visible.get(gap).laneId())
                : ids.indexOf(visible.get(visible.size() - 1).laneId()) + 1;
        int to = insertAt > from ? insertAt - 1 : insertAt;
        return to == from ? -1 : to;
    }

    /** The gesture in progress, or null; the canvas {@link #cancel}s it when the map changes under it. */
    private Reorder current() {
        return reorder;
    }

    @Override
    public void cancel() {
        reorder = null;
        view.redraw();
    }
}
