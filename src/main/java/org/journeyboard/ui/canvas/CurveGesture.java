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
import org.journeyboard.layout.CurveBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PathData;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.editor.CurveNavigation;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.StructureCommands;

/**
 * Shapes emotion curves with the pointer: pressing a point selects it, dragging it up or down changes its score in
 * whole steps (the value shows beside the pointer) and sideways moves it within its phase; a click on the empty
 * emotion band adds a point there (a drag from there places it). A drag is previewed and committed as one edit on
 * release; Esc during a drag cancels it. With a point selected, Ctrl+Up/Down change its score by one step and
 * Ctrl+Left/Right nudge it within its phase (each one undo step), Enter or a double click edits its label in place;
 * in an emotion cell Enter selects its first point and Insert (or Enter in an empty cell) adds one.
 */
public final class CurveGesture implements CanvasGesture {
    /** A press must move this far (screen pixels) to count as a drag, so a click never nudges a point. */
    static final double DRAG_THRESHOLD = 3;
    /** How far the left and right arrow keys move a point within its phase. */
    static final double KEY_STEP = 0.1;

    private final CanvasView view;
    private Drag drag;

    /** One press on the band until its release: which point, where it started and where it would go now. */
    private static final class Drag {
        final String curveId;
        final String pointId;
        final boolean adding;
        final EmotionLaneBox lane;
        final PhaseBox ownPhase;
        final Point2D start;
        boolean moved;
        Point2D pointer;
        PhaseBox phase;
        double position;
        int score;

        Drag(String curveId, String pointId, boolean adding, EmotionLaneBox lane, PhaseBox ownPhase, Point2D start) {
            this.curveId = curveId;
            this.pointId = pointId;
            this.adding = adding;
            this.lane = lane;
            this.ownPhase = ownPhase;
            this.start = start;
            this.pointer = start;
        }
    }

    public CurveGesture(CanvasView view) {
        this.view = view;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
            return false;
        }
        MapLayout layout = view.document().layout();
        if (hit instanceof Hit.CurvePointHit h) {
            return startMove(layout, h, map);
        }
        // with Shift or Ctrl the press belongs to selecting (rubber band), not to adding a point
        if (hit instanceof Hit.CellHit c && !e.isShiftDown() && !e.isShortcutDown()) {
            EmotionLaneBox lane = band(layout, c.laneId(), map);
            PhaseBox phase = CurveGesturePreview.phaseNearest(layout.phases(), map.getX());
            if (lane != null && phase != null) {
                drag = new Drag(commands().curveForNewPoint(), null, true, lane, null, map);
                place(drag, map);
                return true;
            }
        }
        return false;
    }

    private boolean startMove(MapLayout layout, Hit.CurvePointHit h, Point2D map) {
        for (EmotionLaneBox lane : layout.emotionLanes()) {
            double reach = layout.style().pointRadius() + layout.style().hitSlop();
            if (!lane.band().inflate(reach).contains(map.getX(), map.getY())) {
                continue;
            }
            for (CurveBox curve : lane.curves()) {
                for (CurvePointBox p : curve.points()) {
                    if (p.curveId().equals(h.curveId()) && p.pointId().equals(h.pointId())) {
                        PhaseBox phase = layout.phase(p.phaseId()).orElse(null);
                        if (phase == null) {
                            return false;
                        }
                        view.document().select(new Selection.CurvePointSelected(h.curveId(), h.pointId()));
                                drag = new Drag(h.curveId(), h.pointId(), false, lane, phase, map);
                        CurvePoint model = commands().curvePoint(h.curveId(), h.pointId());
                        drag.phase = phase;
                        drag.position = model.position();
                        drag.score = model.score();
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public void drag(MouseEvent e, Point2D map) {
        Drag d = current();
        if (d == null || !d.moved && d.start.distance(map) * view.zoom() < DRAG_THRESHOLD) {
            return;
        }
        d.moved = true;
        place(d, map);
        view.redraw();
    }

    @Override
    public void release(MouseEvent e, Point2D map) {
        Drag d = current();
        if (d == null) {
            return;
        }
        drag(e, map);
        drag = null;
        if (d.adding) {
            commands().addCurvePoint(d.phase.phaseId(), d.position, d.score);
        } else if (d.moved) {
            commands().moveCurvePoint(d.curveId, d.pointId, d.phase.phaseId(), d.position, d.score);
        }
        view.redraw();
    }

    @Override
    public boolean doubleClick(MouseEvent e, Point2D map, Hit hit) {
        return hit instanceof Hit.CurvePointHit h && editLabelInPlace(h.curveId(), h.pointId());
    }

    /** Selects the point and opens its label for editing under it (menus call this too); false when not on show. */
    public boolean editLabelInPlace(String curveId, String pointId) {
        CurvePointBox box = pointBox(view.document().layout(), new Hit.CurvePointHit(curveId, pointId));
        if (box == null) {
            return false;
        }
        view.document().select(new Selection.CurvePointSelected(curveId, pointId));
        double r = view.document().layout().style().pointRadius();
        Rect field = new Rect(box.x() - 70, box.y() + r + 2, 140, 24);
        MapDocument doc = view.document();
        StructureCommands commands = new StructureCommands(doc);
        String label = commands.curvePoint(curveId, pointId).label();
        view.editInPlace(field, label, false, text -> {
            // the point may have gone meanwhile (an undo from the menu while the field was open)
            boolean exists = doc.map().curve(curveId)
                    .map(c -> c.points().stream().anyMatch(p -> p.id().equals(pointId))).orElse(false);
            if (exists) {
                commands.setCurvePointLabel(curveId, pointId, text);
            }
        });
        return true;
    }

    @Override
    public boolean key(KeyEvent e) {
        if (current() != null) {
            if (e.getCode() == KeyCode.ESCAPE) {
                drag = null;
                view.redraw();
                return true;
            }
            return false;
        }
        if (e.isAltDown() || e.isShiftDown()) {
            return false;
        }
        Selection selection = view.document().selection();
        if (selection instanceof Selection.CellSelected cell && !e.isShortcutDown()
                && CurveNavigation.isEmotionCell(view.document().map(), cell)) {
            return emotionCellKey(e.getCode(), cell);
        }
        if (!(selection instanceof Selection.CurvePointSelected s)) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            return editLabelInPlace(s.curveId(), s.pointId());
        }
        // plain arrows walk along the curve (CardKeys and CurveNavigation); Ctrl+arrows move the point, as they
        // move cards
        if (!e.isShortcutDown()) {
            return false;
        }
        CurvePoint p = commands().curvePoint(s.curveId(), s.pointId());
        int score = p.score();
        double position = p.position();
        switch (e.getCode()) {
            case UP, KP_UP -> score = Math.min(CurvePoint.MAX_SCORE, score + 1);
            case DOWN, KP_DOWN -> score = Math.max(CurvePoint.MIN_SCORE, score - 1);
            case LEFT, KP_LEFT -> position = Math.max(0, Math.round((position - KEY_STEP) * 100) / 100.0);
            case RIGHT, KP_RIGHT -> position = Math.min(1, Math.round((position + KEY_STEP) * 100) / 100.0);
            default -> {
                return false;
            }
        }
        commands().moveCurvePoint(s.curveId(), s.pointId(), p.phaseId(), position, score);
        SelectionOverlay.areaOf(view.document().layout(), view.document().selection()).ifPresent(view::reveal);
        return true;
    }

    /** In an emotion cell Enter picks its first point (or adds one to an empty cell) and Insert adds a point. */
    private boolean emotionCellKey(KeyCode code, Selection.CellSelected cell) {
        MapDocument doc = view.document();
        if (code == KeyCode.ENTER) {
            var first = CurveNavigation.firstIn(doc.map(), cell);
            if (first.isPresent()) {
                doc.select(first.get());
                return true;
            }
        } else if (code != KeyCode.INSERT) {
            return false;
        }
        commands().addCurvePoint(cell.phaseId(), CurveNavigation.freePosition(doc.map(),
                commands().curveForNewPoint(), cell.phaseId()), 0);
        SelectionOverlay.areaOf(doc.layout(), doc.selection()).ifPresent(view::reveal);
        return true;
    }

    @Override
    public Cursor cursorFor(Hit hit) {
        return hit instanceof Hit.CurvePointHit ? Cursor.HAND : null;
    }

    /** The score the point being dragged would get now (for tests); null when nothing is dragged. */
    Integer previewScore() {
        Drag d = current();
        return d == null || !d.moved ? null : d.score;
    }

    /** The curve as the preview draws it now (for tests); null when nothing is dragged. */
    CurveBox previewCurve() {
        Drag d = current();
        return d == null || !d.moved ? null : preview(d);
    }

    @Override
    public void paintOverlay(GraphicsContext gc, double zoom) {
        Drag d = current();
        if (d == null || !d.moved) {
            return;
        }
        MapLayout layout = view.document().layout();
        double r = layout.style().pointRadius();
        Rect band = d.lane.band();
        gc.save();
        // veil the committed curves so that the preview reads as the one that counts, the old one as its ghost
        // the preview is drawn by the map's own painter, so what moves looks like what lands
        MapPainter painter = new MapPainter(view.colours());
        gc.setFill(FxCanvas2D.fx(view.colours().paper()).deriveColor(0, 1, 1, 0.65));
        gc.fillRect(band.x(), band.y() - r - 2, band.width(), band.height() + 2 * r + 4);
        FxCanvas2D g = new FxCanvas2D(gc);
        CurveBox previewed = preview(d);
        boolean drawn = false;
        for (CurveBox c : d.lane.curves()) {
            boolean isPreviewed = c.curveId().equals(previewed.curveId());
            painter.paintCurve(isPreviewed ? previewed : c, g, r);
            drawn |= isPreviewed;
        }
        if (!drawn) {
            painter.paintCurve(previewed, g, r);
        }
        drawScore(gc, g, d, zoom, r);
        gc.restore();
    }

    private CurveBox preview(Drag d) {
        CurveBox curve = null;
        for (CurveBox c : d.lane.curves()) {
            if (c.curveId().equals(d.curveId)) {
                curve = c;
            }
        }
        if (curve == null) {
            // the first point of a curve yet to be made: drawn in the colour a new curve gets
            curve = new CurveBox("", "", new EmotionCurve("", "", null, null, List.of()).colour(),
                    new PathData(List.of()), List.of());
        }
        String pointId = d.adding ? "\u0000new" : d.pointId;
        return CurveGesturePreview.withPoint(curve, d.lane, pointId, d.phase.phaseId(),
                CurveGesturePreview.xOf(d.phase, d.position), d.score);
    }

    /** The score in a small label beside the pointer, the same size on screen at every zoom. */
    private static void drawScore(GraphicsContext gc, FxCanvas2D g, Drag d, double zoom, double r) {
        String text = CurveGesturePreview.scoreText(d.score);
        double size = 14 / zoom;
        double pad = 4 / zoom;
        double w = FontMetrics.of(true).width(text, size) + 2 * pad;
        double h = size * 1.3 + pad;
        double x = d.pointer.getX() + r + 6 / zoom;
        double y = d.pointer.getY() - h - 4 / zoom;
        gc.setFill(Color.rgb(31, 41, 51, 0.88));
        gc.fillRoundRect(x, y, w, h, 6 / zoom, 6 / zoom);
        g.setFill(new Colour(255, 255, 255));
        g.text(text, x + pad, y + pad / 2 + size, size, true);
    }

    private void place(Drag d, Point2D map) {
        MapLayout layout = view.document().layout();
        d.pointer = map;
        d.phase = d.ownPhase != null ? d.ownPhase : CurveGesturePreview.phaseNearest(layout.phases(), map.getX());
        d.position = CurveGesturePreview.positionIn(d.phase, map.getX());
        d.score = CurveGesturePreview.scoreAt(d.lane, map.getY());
    }

    private static EmotionLaneBox band(MapLayout layout, String laneId, Point2D map) {
        for (EmotionLaneBox lane : layout.emotionLanes()) {
            if (lane.laneId().equals(laneId) && lane.band().contains(map.getX(), map.getY())) {
                return lane;
            }
        }
        return null;
    }

    private static CurvePointBox pointBox(MapLayout layout, Hit.CurvePointHit h) {
        for (EmotionLaneBox lane : layout.emotionLanes()) {
            for (CurveBox curve : lane.curves()) {
                for (CurvePointBox p : curve.points()) {
                    if (p.curveId().equals(h.curveId()) && p.pointId().equals(h.pointId())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private StructureCommands commands() {
        return new StructureCommands(view.document());
    }

    /** The gesture in progress, or null; the canvas {@link #cancel}s it when the map changes under it. */
    private Drag current() {
        return drag;
    }

    @Override
    public void cancel() {
        drag = null;
        view.redraw();
    }
}
