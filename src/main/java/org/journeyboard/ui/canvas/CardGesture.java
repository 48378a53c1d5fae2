package org.journeyboard.ui.canvas;

import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.CardLanes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;

/**
 * Cards under the pointer: a click selects (Shift or Ctrl toggles), a drag on empty space draws a rubber band that
 * selects the cards it touches, a drag on a card moves the selection to the cell and place shown by the drop line
 * (Alt copies), a double click edits a card's title or adds a note to an empty cell. While dragging only the view
 * changes (ghosts follow the pointer); the release commits one edit, so a whole drag is one undo step.
 */
public final class CardGesture implements CanvasGesture {
    /** How far (view pixels) the pointer must travel before a press on a card becomes a drag. */
    static final double DRAG_THRESHOLD = 4;
    /** Beyond this many moving cards only outlines follow the pointer. */
    private static final int FULL_GHOSTS = 40;

    private enum Mode { IDLE, PRESSED, DRAGGING, BAND }

    private final CanvasView view;
    private Mode mode = Mode.IDLE;
    private Point2D pressAt;
    private Point2D pointer;
    private String pressedCard;
    private boolean additive;
    private boolean copying;
    private List<String> moving = List.of();
    private DropPlace drop;
    private List<String> bandBase = List.of();

    public CardGesture(CanvasView view) {
        this.view = view;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        MapDocument doc = view.document();
        pressAt = map;
        pointer = map;
        additive = e.isShiftDown() || e.isShortcutDown() || e.isControlDown();
        if (hit instanceof Hit.CardHit card) {
            pressedCard = card.cardId();
            List<String> selected = doc.selectedCardIds();
            if (additive) {
                List<String> ids = new ArrayList<>(selected);
                if (!ids.remove(card.cardId())) {
                    ids.add(card.cardId());
                }
                doc.select(Selection.ofCards(ids));
            } else if (!selected.contains(card.cardId())) {
                doc.select(new Selection.Cards(List.of(card.cardId())));
            }
            mode = doc.selectedCardIds().contains(card.cardId()) ? Mode.PRESSED : Mode.IDLE;
            return true;
        }
        if (hit instanceof Hit.CellHit || hit instanceof Hit.Nothing || hit instanceof Hit.PersonaHit) {
            mode = Mode.BAND;
            bandBase = additive ? doc.selectedCardIds() : List.of();
            return true;
        }
        return false;
    }

    @Override
    public void drag(MouseEvent e, Point2D map) {
        pointer = map;
        switch (mode) {
            case PRESSED -> {
                if (pressAt.distance(map) * view.zoom() >= DRAG_THRESHOLD) {
                    mode = Mode.DRAGGING;
                    moving = readingOrder(view.document().map(), view.document().selectedCardIds());
                    track(e.isAltDown());
                }
            }
            case DRAGGING -> track(e.isAltDown());
            case BAND -> {
                List<String> ids = new ArrayList<>(new LinkedHashSet<>(bandBase));
                for (CardBox c : layout().cardsIn(band())) {
                    if (!ids.contains(c.cardId())) {
                        ids.add(c.cardId());
                    }
                }
                Selection next = Selection.ofCards(ids);
                if (!next.equals(view.document().selection())) {
                    view.document().select(next);
                }
                view.redraw();
            }
            default -> {
            }
        }
    }

    private void track(boolean alt) {
        copying = alt;
        Set<String> leaving = copying ? Set.of() : new HashSet<>(moving);
        drop = DropPlace.at(layout(), pointer.getX(), pointer.getY(), leaving).orElse(null);
        view.redraw();
    }

    @Override
    public void release(MouseEvent e, Point2D map) {
        MapDocument doc = view.document();
        try {
            switch (mode) {
                case PRESSED -> {
                    if (!additive && doc.selectedCardIds().size() > 1) {
                        doc.select(new Selection.Cards(List.of(pressedCard)));
                    }
                }
                case DRAGGING -> {
                    pointer = map;
                    track(e.isAltDown());
                    commit(doc);
                }
                case BAND -> {
                    if (pressAt.distance(map) * view.zoom() < DRAG_THRESHOLD && !additive) {
                        doc.select(clickedSpace(map));
                    }
                }
                default -> {
                }
            }
        } finally {
            reset();
        }
    }

    private void commit(MapDocument doc) {
        if (drop == null || moving.isEmpty()) {
            return;
        }
        if (copying) {
            List<String> copies = CardCommands.newCardIds(doc.map(), moving.size());
            Edit copy = Edit.compose(copies.size() == 1 ? "edit.card.duplicate" : "edit.cards.duplicate",
                    CardEdits.duplicateCards(moving, copies),
                    CardEdits.moveCards(copies, drop.phaseId(), drop.laneId(), drop.index()));
            doc.apply(copy, Selection.ofCards(copies));
        } else {
            doc.apply(CardEdits.moveCards(moving, drop.phaseId(), drop.laneId(), drop.index()));
        }
    }

    private Selection clickedSpace(Point2D map) {
        Hit hit = layout().hitTest(map.getX(), map.getY());
        if (hit instanceof Hit.CellHit cell && !isEmotionLane(cell.laneId())) {
            return new Selection.CellSelected(cell.phaseId(), cell.laneId());
        }
        if (hit instanceof Hit.PersonaHit p) {
            return new Selection.PersonaSelected(p.personaId());
        }
        return Selection.NONE;
    }

    private boolean isEmotionLane(String laneId) {
        return !CardLanes.takesCards(view.document().map(), laneId);
    }

    private void reset() {
        mode = Mode.IDLE;
        moving = List.of();
        drop = null;
        pressedCard = null;
        bandBase = List.of();
        copying = false;
        view.redraw();
    }

    /** True while cards are being dragged (for tests and the canvas). */
    public boolean isDragging() {
        return mode == Mode.DRAGGING;
    }

    /** Where the dragged cards would land now, if over a cell. */
    public Optional<DropPlace> dropPlace() {
        return Optional.ofNullable(drop);
    }

    @Override
    public boolean doubleClick(MouseEvent e, Point2D map, Hit hit) {
        if (hit instanceof Hit.CardHit card) {
            return CardTitles.edit(view, card.cardId());
        }
        if (hit instanceof Hit.CellHit cell && !isEmotionLane(cell.laneId())) {
            Optional<DropPlace> place = DropPlace.at(layout(), map.getX(), map.getY(), Set.of());
            place.ifPresent(p -> CardTitles.addNote(view, p));
            return place.isPresent();
        }
        return false;
    }

    @Override
    public void cancel() {
        reset();
    }

    @Override
    public boolean key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && (mode == Mode.DRAGGING || mode == Mode.BAND)) {
            reset();
            return true;
        }
        return false;
    }

    @Override
    public Cursor cursorFor(Hit hit) {
        return hit instanceof Hit.CardHit ? Cursor.HAND : null;
    }

    @Override
    public void paintOverlay(GraphicsContext gc, double zoom) {
        if (mode == Mode.BAND && pressAt != null) {
            Rect r = band();
            gc.setFill(Color.web("#1A73E8", 0.08));
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
            gc.setStroke(SelectionOverlay.ACCENT);
            gc.setLineWidth(1 / zoom);
            gc.setLineDashes(4 / zoom, 3 / zoom);
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        } else if (mode == Mode.DRAGGING) {
            DragPreview.paint(gc, zoom, layout(), moving, drop, pointer.getX() - pressAt.getX(),
                    pointer.getY() - pressAt.getY(), copying, FULL_GHOSTS, view.colours());
        }
    }

    private Rect band() {
        double x = Math.min(pressAt.getX(), pointer.getX());
        double y = Math.min(pressAt.getY(), pointer.getY());
        return new Rect(x, y, Math.abs(pointer.getX() - pressAt.getX()), Math.abs(pointer.getY() - pressAt.getY()));
    }

    private MapLayout layout() {
        return view.document().layout();
    }

    private static List<String> readingOrder(JourneyMap map, List<String> ids) {
        // moveCards lands them in reading order anyway; the ghosts keep the same order
        Set<String> wanted = new HashSet<>(ids);
        List<String> ordered = new ArrayList<>();
        for (Card c : map.cards()) {
            if (wanted.contains(c.id())) {
                ordered.add(c.id());
            }
        }
        return ordered;
    }
}
