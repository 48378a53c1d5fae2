package org.journeyboard.ui.canvas;

import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import org.journeyboard.layout.Hit;
import org.journeyboard.ui.editor.PaletteItem;

/**
 * Takes palette items dropped on the canvas: while one is dragged over a cell the cell and the line where the card
 * will land are shown; the drop adds the card there (one undo step), selects it and opens its title for typing.
 */
public final class PaletteDrop implements CanvasGesture {
    private final CanvasView view;
    private DropPlace preview;

    public PaletteDrop(CanvasView view) {
        this.view = view;
    }

    /** The drag-and-drop format of palette items ({@link PaletteItem#DRAG_FORMAT}), made once per JVM. */
    public static DataFormat format() {
        synchronized (PaletteDrop.class) {
            DataFormat known = DataFormat.lookupMimeType(PaletteItem.DRAG_FORMAT);
            return known != null ? known : new DataFormat(PaletteItem.DRAG_FORMAT);
        }
    }

    /** Listens for drags over {@code target} (the canvas node, whose coordinates are the view's). */
    public void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> clear());
        target.addEventHandler(DragEvent.DRAG_DROPPED, this::onDropped);
    }

    /** Handles a drag over the canvas: accepts a palette item over a cell and shows where it will land. */
    public void onDragOver(DragEvent e) {
        Optional<PaletteItem> item = itemOf(e.getDragboard());
        DropPlace place = item.isPresent() ? placeAt(e.getX(), e.getY()).orElse(null) : null;
        if (place != null) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
        if (!java.util.Objects.equals(place, preview)) {
            preview = place;
            view.redraw();
        }
    }

    /** Handles the drop: adds the card and reports the drop completed when a palette item landed on a cell. */
    public void onDropped(DragEvent e) {
        boolean done = itemOf(e.getDragboard()).map(item -> drop(item, e.getX(), e.getY())).orElse(false);
        e.setDropCompleted(done);
        e.consume();
    }

    /**
     * Adds a card of {@code item} at the cell under the view point (viewX, viewY), selects it and opens its title;
     * false (and nothing changes) when the point is not over a cell that takes cards.
     */
    public boolean drop(PaletteItem item, double viewX, double viewY) {
        Optional<DropPlace> place = placeAt(viewX, viewY);
        clear();
        place.ifPresent(p -> CardTitles.add(view, item.kind(), item.type(), p));
        return place.isPresent();
    }

    /** Where a dropped item would land now (null while nothing is dragged over a cell). */
    public DropPlace preview() {
        return preview;
    }

    private Optional<DropPlace> placeAt(double viewX, double viewY) {
        if (view.document() == null) {
            return Optional.empty();
        }
        Point2D at = view.toMap(viewX, viewY);
        return DropPlace.at(view.document().layout(), at.getX(), at.getY(), Set.of());
    }

    private static Optional<PaletteItem> itemOf(Dragboard board) {
        if (board == null) {
            return Optional.empty();
        }
        DataFormat format = format();
        if (!board.hasContent(format)) {
            return Optional.empty();
        }
        Object content = board.getContent(format);
        return PaletteItem.ofCode(content == null ? null : content.toString());
    }

    private void clear() {
        if (preview != null) {
            preview = null;
            view.redraw();
        }
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        return false;
    }

    @Override
    public void paintOverlay(GraphicsContext gc, double zoom) {
        DragPreview.paintDrop(gc, zoom, preview);
    }
}
