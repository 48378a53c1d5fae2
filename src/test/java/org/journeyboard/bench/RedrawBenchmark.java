package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Canvas frames in the software pipeline (Monocle headless, prism.order=sw as surefire configures it): {@code
 * redraw.N} at 100 % zoom and {@code redraw.fit.N} at zoom to fit, for generated maps of 200, 2,000 and 10,000 cards.
 * A frame is timed until its pixels exist: {@link MapCanvas#paintNow()} and then a snapshot of the canvas, which
 * makes the render thread execute every buffered drawing command. The snapshot of an empty canvas of the same size
 * ({@code redraw.floor}) is the part that a real frame spends on presenting instead; {@code redraw.*} figures are net
 * of it, {@code redraw.gross.*} include it. Targets: redraw.2000 at most 8 ms, redraw.10000 at most 16 ms.
 *
 * <p>The canvas keeps pictures of the map in tiles ({@link org.journeyboard.ui.canvas.MapTiles}), so a repeated frame
 * of the same view copies them. Three figures show what it costs when they are not there: {@code redraw.cold.N}, the
 * first frame after the pictures were dropped (as after a zoom step or opening the map: the view is painted directly),
 * {@code redraw.fill.N}, the work the canvas does right after such a frame before the next event is heard (painting
 * the first row of the view's tiles; the other rows follow one per event, so this is how long input waits), and {@code redraw.scroll.N}, the mean of frames that each scroll the view by 40 px at
 * 100 % (as a wheel notch does), which paint the tiles that scroll into view. Frame figures are net of the floor.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class RedrawBenchmark {
    /** The editor's default window, less menu and side panels, is about this size on a laptop. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final int WARMUPS = 15;
    private static final int RUNS = 31;

    private MapCanvas mapCanvas;
    private final Canvas empty = new Canvas();

    @Start
    void start(Stage stage) {
        mapCanvas = new MapCanvas();
        stage.setScene(new Scene(mapCanvas, WIDTH, HEIGHT));
        stage.show();
    }

    @Test
    void framesUntilTheirPixelsExist() throws Exception {
        for (int n : new int[] {200, 2000, 10000}) {
            MapLayout layout = MapLayout.of(GeneratedMaps.withCards(n, 42));
            onFx(() -> {
                mapCanvas.setMapLayout(layout);
                mapCanvas.zoomAt(1, 0, 0);
                mapCanvas.applyCss();
                mapCanvas.layout();
                return null;
            });
            int visible = onFx(() -> layout.cardsIn(mapCanvas.visibleArea()).size());
            double[] atFull = frames("", Kind.WARM);
            double[] cold = frames(".cold", Kind.COLD);
            double fill = lastFill;
            double[] scroll = frames(".scroll", Kind.SCROLL);
            onFx(() -> {
                mapCanvas.zoomToFit();
                return null;
            });
            double zoom = onFx(mapCanvas::zoom);
            double[] atFit = frames(".fit", Kind.WARM);
            Bench.record("redraw." + n, atFull[0], "ms");
            Bench.record("redraw.gross." + n, atFull[1], "ms");
            Bench.record("redraw.cold." + n, cold[0], "ms");
            Bench.record("redraw.fill." + n, fill, "ms");
            Bench.record("redraw.scroll." + n, scroll[0], "ms");
            Bench.record("redraw.fit." + n, atFit[0], "ms");
            Bench.record("redraw.fit.gross." + n, atFit[1], "ms");
            Bench.record("redraw.floor", atFull[2], "ms");
            System.out.printf("[bench] redraw.%d: %d cards visible at 100 %%, canvas %.0f×%.0f; zoom to fit is %.0f %%%n",
                    n, visible, onFx(() -> mapCanvas.canvas().getWidth()),
                    onFx(() -> mapCanvas.canvas().getHeight()), zoom * 100);
        }
    }

    /**
     * Frames of the current view, each in its own FX event (so pulses run between them as they would), interleaved
     * with the snapshot of an empty canvas so that a busy machine slows both alike. Returns the medians of net frame,
     * gross frame and floor, in ms.
     */
    private double[] frames(String what, Kind kind) throws Exception {
        double w = onFx(() -> mapCanvas.canvas().getWidth());
        double h = onFx(() -> mapCanvas.canvas().getHeight());
        assertThat(w).as("canvas width" + what).isGreaterThan(WIDTH / 2);
        WritableImage shot = new WritableImage((int) w, (int) h);
        WritableImage floorShot = new WritableImage((int) w, (int) h);
        onFx(() -> {
            empty.setWidth(w);
            empty.setHeight(h);
            return null;
        });
        double[] gross = new double[RUNS];
        double[] floor = new double[RUNS];
        double[] net = new double[RUNS];
        double[] fills = new double[RUNS];
        long[] frameEnd = new long[1];
        for (int i = -WARMUPS; i < RUNS; i++) {
            int frame = i;
            double g = onFx(() -> {
                if (kind == Kind.COLD) {
                    mapCanvas.tiles().forget();
                } else if (kind == Kind.SCROLL) {
                    scroll(frame);
                }
                long start = System.nanoTime();
                mapCanvas.paintNow();
                mapCanvas.canvas().snapshot(null, shot);
                frameEnd[0] = System.nanoTime();
                return (frameEnd[0] - start) / 1e6;
            });
            // what the canvas queued after the frame (painting the tiles of a cold view) runs before this event
            double queued = onFx(() -> (System.nanoTime() - frameEnd[0]) / 1e6);
            double f = onFx(() -> {
                long start = System.nanoTime();
                empty.snapshot(null, floorShot);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 0) {
                gross[i] = g;
                floor[i] = f;
                net[i] = g - f;
                fills[i] = queued;
            }
        }
        assertThat(paintedPixels(shot)).as("the frame" + what + " shows the map").isGreaterThan(1000);
        lastFill = Bench.median(fills);
        double netFrame = kind == Kind.SCROLL ? java.util.Arrays.stream(net).average().orElse(0) : Bench.median(net);
        return new double[] {netFrame, Bench.median(gross), Bench.median(floor)};
    }

    private enum Kind { WARM, COLD, SCROLL }

    /** Median time of what ran between a frame and the next event, in the last {@link #frames} call. */
    private double lastFill;

    /** Scrolls 40 px down (15 frames), then up (15 frames), and so on. */
    private void scroll(int frame) {
        Rect view = mapCanvas.visibleArea();
        double step = 40 / mapCanvas.zoom();
        boolean down = Math.floorMod(frame + WARMUPS, 30) < 15;
        // reveal() keeps a 16 px margin: ask for what lies step - 16 px beyond the edge
        double margin = 16 / mapCanvas.zoom();
        mapCanvas.reveal(down
                ? new Rect(view.centerX(), view.bottom() + step - margin - 1, 1, 1)
                : new Rect(view.centerX(), view.y() - step + margin, 1, 1));
    }

    /** Pixels that are not the white background, sampled every third pixel. */
    private static int paintedPixels(WritableImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (image.getPixelReader().getArgb(x, y) != 0xFFFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
