package org.journeyboard.ui;

import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapPainter;

/**
 * Shows a map on one JavaFX {@link Canvas} the size of the viewport, with scroll bars, wheel and drag panning, and
 * zoom around the pointer with Ctrl+wheel, pinch or Ctrl+plus/minus (Ctrl+0 fits, Ctrl+1 is 100 %). Each frame
 * draws only the part of the map that is visible, so a map of any size costs what the window shows.
 */
public final class MapCanvas extends Region {
    /** Smallest and largest zoom factor. */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;

    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final MapPainter painter = new MapPainter();
    private MapLayout layout;
    private double zoom = 1;
    private double dragX;
    private double dragY;
    private boolean redrawQueued;

    public MapCanvas() {
        getStyleClass().add("map-canvas");
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        horizontal.valueProperty().addListener((o, a, b) -> redraw());
        vertical.valueProperty().addListener((o, a, b) -> redraw());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> zoomAt(zoom * e.getZoomFactor(), e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setFocusTraversable(true);
    }

    /** The layout on show (null before a map is shown). */
    public MapLayout mapLayout() {
        return layout;
    }

    /** Shows another layout, keeping the scroll position and zoom where they still make sense. */
    public void setMapLayout(MapLayout newLayout) {
        this.layout = newLayout;
        requestLayout();
        redraw();
    }

    public double zoom() {
        return zoom;
    }

    /** The canvas node (for tests and, later, for gestures). */
    public Canvas canvas() {
        return canvas;
    }

    /** Sets the zoom, keeping the map point under (viewX, viewY) where it is. */
    public void zoomAt(double newZoom, double viewX, double viewY) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        Point2D anchor = toMap(viewX, viewY);
        zoom = z;
        updateScrollBars();
        horizontal.setValue(clamp(anchor.getX() - viewX / zoom, horizontal));
        vertical.setValue(clamp(anchor.getY() - viewY / zoom, vertical));
        redraw();
    }

    /** Zooms so that the whole map fits the viewport (never above 100 %). */
    public void zoomToFit() {
        if (layout == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        double z = Math.min(canvas.getWidth() / layout.width(), canvas.getHeight() / layout.height());
        zoom = Math.max(MIN_ZOOM, Math.min(1, z));
        updateScrollBars();
        horizontal.setValue(0);
        vertical.setValue(0);
        redraw();
    }

    /** The map point under a point of the canvas. */
    public Point2D toMap(double viewX, double viewY) {
        return new Point2D(horizontal.getValue() + viewX / zoom, vertical.getValue() + viewY / zoom);
    }

    /** The part of the map that the viewport shows, in map coordinates. */
    public Rect visibleArea() {
        return new Rect(horizontal.getValue(), vertical.getValue(), canvas.getWidth() / zoom,
                canvas.getHeight() / zoom);
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAt(zoom * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
        } else {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY();
            horizontal.setValue(clamp(horizontal.getValue() - dx / zoom, horizontal));
            vertical.setValue(clamp(vertical.getValue() - dy / zoom, vertical));
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomAt(zoom * 1.25, cx, cy);
            case MINUS, SUBTRACT -> zoomAt(zoom / 1.25, cx, cy);
            case DIGIT0, NUMPAD0 -> zoomToFit();
            case DIGIT1, NUMPAD1 -> zoomAt(1, cx, cy);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            horizontal.setValue(clamp(horizontal.getValue() - (e.getX() - dragX) / zoom, horizontal));
            vertical.setValue(clamp(vertical.getValue() - (e.getY() - dragY) / zoom, vertical));
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private static double clamp(double v, ScrollBar bar) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
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
        redraw();
    }

    private void updateScrollBars() {
        double mapW = layout == null ? 0 : layout.width();
        double mapH = layout == null ? 0 : layout.height();
        configure(horizontal, mapW, canvas.getWidth() / zoom);
        configure(vertical, mapH, canvas.getHeight() / zoom);
    }

    private static void configure(ScrollBar bar, double content, double viewport) {
        double max = Math.max(0, content - viewport);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max == 0 ? 1 : viewport * max / Math.max(1, content));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(Math.max(40, viewport * 0.9));
        bar.setValue(clamp(bar.getValue(), bar));
        bar.setDisable(max == 0);
    }

    /** Draws the visible part of the map on the next pulse (several changes in one pulse draw once). */
    public void redraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            paintNow();
        });
    }

    /** Draws the visible part of the map immediately. */
    public void paintNow() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout != null) {
            gc.scale(zoom, zoom);
            gc.translate(-horizontal.getValue(), -vertical.getValue());
            painter.atDeviceScale(zoom).paint(layout, new FxCanvas2D(gc), visibleArea());
            StartupProbe.mapPainted();
        }
        gc.restore();
    }
}
