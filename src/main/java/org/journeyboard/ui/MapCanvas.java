package org.journeyboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.canvas.CanvasGesture;
import org.journeyboard.ui.canvas.CanvasTexts;
import org.journeyboard.ui.canvas.CanvasView;
import org.journeyboard.ui.canvas.CardGesture;
import org.journeyboard.ui.canvas.CardKeys;
import org.journeyboard.ui.canvas.FrozenMap;
import org.journeyboard.ui.canvas.InPlaceEditor;
import org.journeyboard.ui.canvas.MapPicture;
import org.journeyboard.ui.canvas.MapTiles;
import org.journeyboard.ui.canvas.NoClipboard;
import org.journeyboard.ui.canvas.PaletteDrop;
import org.journeyboard.ui.canvas.PointerDispatch;
import org.journeyboard.ui.canvas.ScrollAxis;
import org.journeyboard.ui.canvas.SelectionOverlay;
import org.journeyboard.ui.canvas.ViewAnimation;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;

/**
 * Shows a map on one JavaFX {@link Canvas} the size of the viewport, with scroll bars, wheel and drag panning, and
 * zoom around the pointer with Ctrl+wheel, pinch or Ctrl+plus/minus (Ctrl+0 fits, Ctrl+1 is 100 %). Each frame
 * draws only the part of the map that is visible, so a map of any size costs what the window shows.
 *
 * <p>With a {@link MapDocument} ({@link #setDocument}) the canvas is an editor: it redraws when the map or the
 * selection changes, offers pointer presses to its {@link CanvasGesture}s (the gestures added with
 * {@link #addGesture} first, then its own card gesture), draws the selection and the gestures' previews over the
 * map, takes palette items dropped on it, and handles the editing keys (arrows, Ctrl+arrows, Enter, Delete, Esc).
 * Pan with the wheel, the middle button or Space+drag.
 */
public final class MapCanvas extends Region implements CanvasView {
    /** Smallest and largest zoom factor. */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    /** How opaque the veil over the phases beside the one presented is. */
    private static final double SPOTLIGHT_VEIL = 0.6;

    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollAxis across = new ScrollAxis(horizontal, this::viewMoved);
    private final ScrollAxis down = new ScrollAxis(vertical, this::viewMoved);
    private MapPainter painter = new MapPainter();
    private final List<CanvasGesture> added = new ArrayList<>();
    private final List<CanvasGesture> own = new ArrayList<>();
    private final CardGesture cardGesture = new CardGesture(this);
    private final PaletteDrop paletteDrop = new PaletteDrop(this);
    private final FrozenMap frozen = new FrozenMap();
    private final MapPicture picture = new MapPicture();
    private final InPlaceEditor editor = new InPlaceEditor(this, this::requestFocus);
    private final ChangeListener<JourneyMap> mapListener = (o, a, b) -> mapChanged();
    private final ChangeListener<Selection> selectionListener = (o, a, b) -> selectionChanged();
    private MapLayout layout;
    private MapDocument document;
    private CardCommands commands;
    private final PointerDispatch pointer;
    private double zoom = 1;
    private boolean redrawQueued;
    private boolean paintPending;
    private final ViewAnimation animation = new ViewAnimation(this::showPlace);
    private boolean presenting;
    private Rect spotlight;

    public MapCanvas() {
        getStyleClass().add("map-canvas");
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical, editor.node());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> zoomAt(zoom * e.getZoomFactor(), e.getX(), e.getY()));
        pointer = new PointerDispatch(this, canvas, this::gestures, this::scrollBy, this::requestFocus);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(KeyEvent.KEY_RELEASED, pointer::spaceKey);
        focusedProperty().addListener((o, a, b) -> redraw());
        own.add(cardGesture);
        own.add(new CardKeys(this));
        own.add(paletteDrop);
        paletteDrop.install(canvas);
        setFocusTraversable(true);
        setAccessibleText(CanvasTexts.get(java.util.Locale.getDefault(), "canvas.accessible"));
    }

    /** The layout on show (null before a map is shown). */
    public MapLayout mapLayout() {
        return layout;
    }

    /**
     * Runs {@code action} once, when the next map this canvas paints is on screen (see {@link OnScreen}): the window
     * puts its chrome in only after the first frame of a map opened at start.
     */
    public void whenMapOnScreen(Runnable action) {
        picture.whenShown(action);
    }

    /** Shows a layout without a document: a read-only view (no gestures, no selection). */
    public void setMapLayout(MapLayout newLayout) {
        this.layout = newLayout;
        requestLayout();
        redraw();
    }

    /** Edits {@code doc} (null shows nothing), with card commands that have no clipboard of their own. */
    public void setDocument(MapDocument doc) {
        setDocument(doc, doc == null ? null : new CardCommands(doc, NoClipboard.INSTANCE));
    }

    /** Edits {@code doc} through {@code cardCommands} (the window's, which know the system clipboard). */
    public void setDocument(MapDocument doc, CardCommands cardCommands) {
        editor.cancel();
        pointer.cancel();
        if (document != null) {
            document.mapProperty().removeListener(mapListener);
            document.selectionProperty().removeListener(selectionListener);
        }
        document = doc;
        commands = cardCommands != null || doc == null ? cardCommands : new CardCommands(doc, NoClipboard.INSTANCE);
        if (doc != null) {
            doc.mapProperty().addListener(mapListener);
            doc.selectionProperty().addListener(selectionListener);
            setMapLayout(doc.layout());
        } else {
            setMapLayout(null);
        }
    }

    @Override
    public MapDocument document() {
        return document;
    }

    @Override
    public boolean isGestureActive() {
        return pointer.hasGesture();
    }

    @Override
    public CardCommands cardCommands() {
        return commands;
    }

    /**
     * Adds a gesture; gestures are asked in the order they were added, all before the canvas's own card gesture
     * (which takes presses on cards, cells and empty space).
     */
    public void addGesture(CanvasGesture gesture) {
        added.add(gesture);
    }

    private List<CanvasGesture> gestures() {
        List<CanvasGesture> all = new ArrayList<>(added.size() + own.size());
        all.addAll(added);
        all.addAll(own);
        return all;
    }

    private void mapChanged() {
        // the map changed under a press or drag (an undo, a key): what the gesture would commit no longer fits
        if (pointer.hasGesture()) {
            pointer.cancel();
            frozen.forget();
        }
        layout = document.layout();
        requestLayout();
        redraw();
    }

    private void selectionChanged() {
        redraw();
        if (!pointer.isPointerDown() && document != null && !partlyInView(document.selectedCardIds())) {
            SelectionOverlay.areaOf(layout, document.selection()).ifPresent(this::reveal);
        }
    }

    /** Whether several cards are selected and one of them is in view: then the view stays (Select all, Find). */
    private boolean partlyInView(List<String> cardIds) {
        if (cardIds.size() < 2 || layout == null) {
            return false;
        }
        Rect view = visibleArea();
        return cardIds.stream().anyMatch(id -> layout.card(id).map(b -> b.rect().intersects(view)).orElse(false));
    }

    /** Draws the map with {@code colours} from now on (the dark theme's palette, or the light one). */
    public void setColours(org.journeyboard.paint.MapColours colours) {
        if (painter.colours() != colours) {
            painter = new MapPainter(colours);
            redraw();
        }
    }

    /** The palette the map is drawn with. */
    @Override
    public org.journeyboard.paint.MapColours colours() {
        return painter.colours();
    }

    @Override
    public double zoom() {
        return zoom;
    }

    /** The canvas node (for tests and gestures). */
    public Canvas canvas() {
        return canvas;
    }

    /** The canvas's own card gesture (for tests). */
    public CardGesture cardGesture() {
        return cardGesture;
    }

    /** Where palette items dropped on the canvas go (for tests, which cannot always drag between windows). */
    public PaletteDrop paletteDrop() {
        return paletteDrop;
    }

    /** The in-place text editor (for tests). */
    public InPlaceEditor inPlaceEditor() {
        return editor;
    }

    /** Sets the zoom, keeping the map point under (viewX, viewY) where it is. */
    public void zoomAt(double newZoom, double viewX, double viewY) {
        animation.stop();
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        Point2D anchor = toMap(viewX, viewY);
        zoom = z;
        updateScrollBars();
        across.scrollTo(anchor.getX() - viewX / zoom);
        down.scrollTo(anchor.getY() - viewY / zoom);
        viewMoved();
    }

    /** Zooms so that the whole map fits the viewport (never above 100 %), centred in it. */
    public void zoomToFit() {
        animation.stop();
        if (layout == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        double z = Math.min(canvas.getWidth() / layout.width(), canvas.getHeight() / layout.height());
        zoom = Math.max(MIN_ZOOM, Math.min(1, z));
        updateScrollBars();
        // a map narrower or shorter than the view is centred in it (ScrollAxis)
        across.scrollTo(0);
        down.scrollTo(0);
        viewMoved();
    }

    /** Where the view looks now: the map point at its centre and the zoom. */
    public ViewAnimation.Place place() {
        Rect v = visibleArea();
        return new ViewAnimation.Place(v.centerX(), v.centerY(), zoom);
    }

    /**
     * Shows {@code mapArea} as large as the view allows (at most {@code maxZoom}), centred, even where that shows room
     * beyond the map's ends; glides there over {@code millis} (0: at once). Scrolling or zooming ends the move.
     */
    public void showArea(Rect mapArea, double maxZoom, double millis) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0 || mapArea.width() <= 0 || mapArea.height() <= 0) {
            return;
        }
        double z = Math.max(MIN_ZOOM, Math.min(Math.min(MAX_ZOOM, maxZoom),
                Math.min(w / mapArea.width(), h / mapArea.height())));
        animation.run(place(), new ViewAnimation.Place(mapArea.centerX(), mapArea.centerY(), z), millis);
    }

    /** True while the view glides to an area ({@link #showArea}). */
    public boolean isMoving() {
        return animation.isRunning();
    }

    /** Goes back to a view the user had (its zoom and top-left map point), kept within the map as usual. */
    public void restoreView(double oldZoom, double mapX, double mapY) {
        animation.stop();
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, oldZoom));
        updateScrollBars();
        across.scrollTo(mapX);
        down.scrollTo(mapY);
        viewMoved();
    }

    private void showPlace(ViewAnimation.Place p) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, p.zoom()));
        updateScrollBars();
        across.placeFreely(p.centreX() - canvas.getWidth() / 2 / zoom);
        down.placeFreely(p.centreY() - canvas.getHeight() / 2 / zoom);
        viewMoved();
    }

    /**
     * Presentation mode: no selection, focus ring or gesture marks on the map, and everything outside
     * {@code spotlightOrNull} (the phase on show) is dimmed.
     */
    public void setPresentation(boolean on, Rect spotlightOrNull) {
        presenting = on;
        spotlight = on ? spotlightOrNull : null;
        redraw();
    }

    /** The map point under a point of the canvas. */
    @Override
    public Point2D toMap(double viewX, double viewY) {
        return new Point2D(across.origin() + viewX / zoom, down.origin() + viewY / zoom);
    }

    @Override
    public Point2D toView(double mapX, double mapY) {
        return new Point2D((mapX - across.origin()) * zoom, (mapY - down.origin()) * zoom);
    }

    /** The part of the map that the viewport shows, in map coordinates. */
    public Rect visibleArea() {
        return new Rect(across.origin(), down.origin(), canvas.getWidth() / zoom,
                canvas.getHeight() / zoom);
    }

    /** Scrolls as little as needed to show {@code mapArea} (its top left first when it does not fit). */
    @Override
    public void reveal(Rect mapArea) {
        Rect view = visibleArea();
        if (view.width() <= 0 || view.height() <= 0) {
            return;
        }
        double margin = 16 / zoom;
        across.reveal(view.width(), mapArea.x() - margin, mapArea.right() + margin);
        down.reveal(view.height(), mapArea.y() - margin, mapArea.bottom() + margin);
    }

    @Override
    public void editInPlace(Rect mapArea, String text, boolean multiLine, Consumer<String> onCommit) {
        editor.open(mapArea, text, multiLine, onCommit);
    }

    private void viewMoved() {
        editor.follow();
        redraw();
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAt(zoom * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
        } else {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY();
            scrollBy(dx, dy);
        }
        e.consume();
    }

    private void scrollBy(double viewDx, double viewDy) {
        animation.stop();
        across.scrollTo(across.origin() - viewDx / zoom);
        down.scrollTo(down.origin() - viewDy / zoom);
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed() || e.getTarget() != this) {
            return;
        }
        if (pointer.spaceKey(e)) {
            e.consume();
            return;
        }
        if (zoomKey(e)) {
            e.consume();
            return;
        }
        if (document == null) {
            return;
        }
        for (CanvasGesture g : gestures()) {
            if (g.key(e)) {
                e.consume();
                return;
            }
        }
    }

    private boolean zoomKey(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return false;
        }
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomAt(zoom * 1.25, cx, cy);
            case MINUS, SUBTRACT -> zoomAt(zoom / 1.25, cx, cy);
            case DIGIT0, NUMPAD0 -> zoomToFit();
            case DIGIT1, NUMPAD1 -> zoomAt(1, cx, cy);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double barH = horizontal.prefHeight(-1);
        double barW = vertical.prefWidth(-1);
        double cw = Math.max(0, w - barW);
        double ch = Math.max(0, h - barH);
        canvas.setWidth(Math.floor(cw));
        canvas.setHeight(Math.floor(ch));
        canvas.relocate(0, 0);
        horizontal.resizeRelocate(0, ch, cw, barH);
        vertical.resizeRelocate(cw, 0, barW, ch);
        updateScrollBars();
        editor.follow();
        redraw();
    }

    private void updateScrollBars() {
        double mapW = layout == null ? 0 : layout.width();
        double mapH = layout == null ? 0 : layout.height();
        across.fit(mapW, canvas.getWidth() / zoom);
        down.fit(mapH, canvas.getHeight() / zoom);
    }

    /** Draws the visible part of the map on the next pulse (several changes in one pulse draw once). */
    @Override
    public void redraw() {
        paintPending = true;
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            if (paintPending) {
                paintNow();
            }
        });
    }

    /** Draws the visible part of the map, the selection and the gestures' previews immediately. */
    public void paintNow() {
        paintPending = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // a picture of the map pays off only once the pointer moves with a gesture (or a palette item) in hand
        boolean dragging = document != null && (pointer.isDragging() || paletteDrop.preview() != null);
        MapPicture.View view = view();
        double scale = view.scale();
        double x = view.x();
        double y = view.y();
        if (dragging && frozen.shows(layout, zoom, x, y, canvas.getWidth(), canvas.getHeight(), scale)) {
            frozen.draw(gc);
        } else {
            picture.paint(gc, view, () -> paintPending || canvas.getWidth() <= 0 || canvas.getHeight() <= 0 ? null
                    : view());
            if (dragging && layout != null) {
                frozen.take(canvas, layout, zoom, x, y, scale);
            } else {
                frozen.forget();
            }
        }
        if (presenting) {
            paintSpotlight(gc);
            return;
        }
        if (layout != null && document != null) {
            gc.save();
            gc.scale(zoom, zoom);
            gc.translate(-x, -y);
            SelectionOverlay.paint(gc, layout, document.selection(), visibleArea(), zoom);
            for (CanvasGesture g : gestures()) {
                gc.save();
                g.paintOverlay(gc, zoom);
                gc.restore();
            }
            gc.restore();
        }
        if (isFocused() && document != null) {
            SelectionOverlay.paintFocusRing(gc, canvas.getWidth(), canvas.getHeight());
        }
    }

    /** Dims the view outside the spotlight with a veil of the paper colour. */
    private void paintSpotlight(GraphicsContext gc) {
        if (spotlight == null) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Point2D a = toView(spotlight.x(), spotlight.y());
        Point2D b = toView(spotlight.right(), spotlight.bottom());
        double left = Math.max(0, Math.min(w, a.getX()));
        double right = Math.max(left, Math.min(w, b.getX()));
        double top = Math.max(0, Math.min(h, a.getY()));
        double bottom = Math.max(top, Math.min(h, b.getY()));
        gc.save();
        gc.setFill(org.journeyboard.ui.FxCanvas2D.fx(painter.colours().paper()).deriveColor(0, 1, 1, SPOTLIGHT_VEIL));
        gc.fillRect(0, 0, w, top);
        gc.fillRect(0, bottom, w, h - bottom);
        gc.fillRect(0, top, left, bottom - top);
        gc.fillRect(right, top, w - right, bottom - top);
        gc.restore();
    }

    /**
     * What the canvas shows now: the map drawn from a whole device pixel, so that its cached tiles are copied 1:1 (see
     * MapTiles).
     */
    private MapPicture.View view() {
        return MapPicture.View.of(layout, painter, zoom, outputScale(), across.origin(), down.origin(),
                canvas.getWidth(), canvas.getHeight());
    }

    private double outputScale() {
        return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
    }

    /** The map's tile pictures (for tests and benchmarks). */
    public MapTiles tiles() {
        return picture.tiles();
    }
}
