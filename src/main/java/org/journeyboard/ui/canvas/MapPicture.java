package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.OnScreen;
import org.journeyboard.ui.StartupProbe;

/**
 * The map part of a canvas frame (ADR 7): white, then the map copied from its cached {@link MapTiles}; a view with no
 * tile yet is painted directly and its tiles follow after the frame, one row per event. Also tells who waits for the
 * first map on screen (the window's chrome, the start-up probe).
 */
public final class MapPicture {
    private final MapTiles tiles = new MapTiles();
    private final List<Runnable> onShown = new ArrayList<>();
    private boolean fillQueued;

    /**
     * What a frame shows: {@code layout} drawn by {@code painter} at {@code zoom} on an output of {@code scale}, from
     * the map point ({@code x}, {@code y}) — {@linkplain MapTiles#snap snapped} to a whole device pixel — over a
     * canvas of {@code width}×{@code height}.
     */
    public record View(MapLayout layout, MapPainter painter, double zoom, double scale, double x, double y,
                       double width, double height) {
        /** The view of {@code layout} from the scroll position (sx, sy), snapped so that tiles are copied 1:1. */
        public static View of(MapLayout layout, MapPainter painter, double zoom, double scale, double sx, double sy,
                              double width, double height) {
            return new View(layout, painter, zoom, scale, MapTiles.snap(sx, zoom, scale), MapTiles.snap(sy, zoom, scale),
                    width, height);
        }
    }

    /** Runs {@code action} once, when the next map painted here is on screen (see {@link OnScreen}). */
    public void whenShown(Runnable action) {
        onShown.add(action);
    }

    /**
     * Paints {@code view} (its layout may be null: white only). {@code current} gives the view as it is when the
     * deferred tiles are painted, or null when it is about to change (a repaint is pending) or has no size.
     */
    public void paint(GraphicsContext gc, View view, Supplier<View> current) {
        gc.save();
        gc.setFill(view.painter() == null ? Color.WHITE : FxCanvas2D.fx(view.painter().colours().paper()));
        gc.fillRect(0, 0, view.width(), view.height());
        if (view.layout() == null) {
            tiles.forget();
        } else {
            if (!tiles.paint(gc, view.layout(), view.painter(), view.zoom(), view.scale(), view.x(), view.y(),
                    view.width(), view.height())) {
                // no tile of this view yet (new zoom, map or structure): this frame is painted directly, the tiles next
                gc.scale(view.zoom(), view.zoom());
                gc.translate(-view.x(), -view.y());
                view.painter().atDeviceScale(view.zoom()).paint(view.layout(), new FxCanvas2D(gc),
                        new Rect(view.x(), view.y(), view.width() / view.zoom(), view.height() / view.zoom()));
                fillLater(current);
            }
            StartupProbe.mapPainted();
            if (!onShown.isEmpty()) {
                List<Runnable> actions = List.copyOf(onShown);
                onShown.clear();
                OnScreen.then(() -> actions.forEach(Runnable::run));
            }
        }
        gc.restore();
    }

    /** The tile pictures (for tests and benchmarks). */
    public MapTiles tiles() {
        return tiles;
    }

    /** Paints the tiles of the current view after the current events, a row per event, while it stays put. */
    private void fillLater(Supplier<View> current) {
        if (fillQueued) {
            return;
        }
        fillQueued = true;
        Platform.runLater(() -> {
            fillQueued = false;
            View v = current.get();
            if (v != null && v.layout() != null && tiles.fillRow(v.layout(), v.painter(), v.zoom(), v.scale(), v.x(),
                    v.y(), v.width(), v.height())) {
                fillLater(current);
            }
        });
    }
}
