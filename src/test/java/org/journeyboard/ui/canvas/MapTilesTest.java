package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.edit.PhaseEdits;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas draws the map from cached tiles ({@link MapTiles}); every frame must still show the current state. Each
 * test compares the canvas's pixels with the map painted directly (no cache) for the same view, after whatever
 * changed: an edit, undo, a hidden lane, a zoom step, a scroll by a fraction of a pixel.
 */
@ExtendWith(ApplicationExtension.class)
class MapTilesTest {
    private MapCanvas canvas;
    private MapDocument doc;

    @Start
    void start(Stage stage) {
        doc = new MapDocument(CanvasMaps.withWidePhase(), null, Locale.ENGLISH);
        canvas = new MapCanvas();
        canvas.setDocument(doc);
        stage.setScene(new Scene(canvas, 900, 600));
        stage.show();
    }

    @Test
    void aFrameFromTilesHasThePixelsOfTheMapPaintedDirectly(FxRobot robot) {
        assertSameAsPaintedDirectly(robot, frame(robot));
        // the first frame of a view is painted directly and its tiles after it; this one is copied from them
        WritableImage first = frame(robot);
        assertSameAsPaintedDirectly(robot, first);
        int painted = on(robot, () -> canvas.tiles().painted());
        assertThat(painted).as("tiles painted for the first view").isPositive();
        WritableImage second = frame(robot);
        assertThat(on(robot, () -> canvas.tiles().painted())).as("a second frame copies the tiles")
                .isEqualTo(painted);
        assertThat(differing(first, second)).isZero();
    }

    @Test
    void anEditShowsTheNewTextAtOnceAndUndoTheOldOne(FxRobot robot) {
        WritableImage before = frame(robot);
        robot.interact(() -> doc.apply(CardEdits.setCardTitle("a", "Zebra crossing at the station")));
        WritableImage edited = frame(robot);
        assertThat(differing(before, edited)).as("the edit changed the picture").isPositive();
        assertSameAsPaintedDirectly(robot, edited);
        assertFramesShowTheMap(robot);
        robot.interact(() -> doc.undo());
        WritableImage undone = frame(robot);
        assertSameAsPaintedDirectly(robot, undone);
        assertFramesShowTheMap(robot);
        assertThat(differing(before, undone)).as("undo shows the map as before").isZero();
        robot.interact(() -> doc.redo());
        assertFramesShowTheMap(robot);
    }

    @Test
    void anEditOfOneCardPaintsOnlyTheTilesAroundItAgain(FxRobot robot) {
        frame(robot);
        int painted = on(robot, () -> canvas.tiles().painted());
        // a title of one line as before: the lane keeps its height, only the card's text changes
        robot.interact(() -> doc.apply(CardEdits.updateCard("d", c -> c.withTitle("Delto"))));
        WritableImage edited = frame(robot);
        assertSameAsPaintedDirectly(robot, edited);
        int again = on(robot, () -> canvas.tiles().painted()) - painted;
        assertThat(again).as("tiles painted again for one changed card").isBetween(1, 4);
    }

    @Test
    void changesOfTheStructureHiddenLanesAndPhaseNamesShow(FxRobot robot) {
        frame(robot);
        robot.interact(() -> doc.apply(LaneEdits.setLaneHidden(CanvasMaps.ACTIONS, true)));
        assertFramesShowTheMap(robot);
        robot.interact(() -> doc.apply(PhaseEdits.renamePhase("phase-1", "A renamed phase")));
        assertFramesShowTheMap(robot);
        robot.interact(() -> doc.undo());
        robot.interact(() -> doc.undo());
        assertFramesShowTheMap(robot);
    }

    @Test
    void zoomStepsAndScrollingByFractionsOfAPixelShowTheMapAsPaintedDirectly(FxRobot robot) {
        frame(robot);
        for (double zoom : new double[] {1.25, 0.8, 2.3, 0.33, 1}) {
            robot.interact(() -> canvas.zoomAt(zoom, 123.4, 77.7));
            assertFramesShowTheMap(robot);
        }
        robot.interact(() -> canvas.reveal(new Rect(1000.3, 700.6, 10, 10)));
        assertThat(on(robot, () -> canvas.visibleArea().x())).as("scrolled").isPositive();
        assertFramesShowTheMap(robot);
        robot.interact(canvas::zoomToFit);
        assertFramesShowTheMap(robot);
    }

    @Test
    void theTilesOfAColdViewArePaintedARowPerEventSoInputWaitsForOneRowOnly(FxRobot robot) {
        robot.interact(() -> canvas.zoomAt(2.3, 0, 0));
        frame(robot);
        int[] counts = new int[2];
        robot.interact(() -> {
            canvas.tiles().forget();
            counts[0] = canvas.tiles().painted();
            canvas.paintNow(); // cold: painted directly, the tiles queued
            // runs right after the first queued fill, before the one that queues next
            javafx.application.Platform.runLater(() -> counts[1] = canvas.tiles().painted());
        });
        int all = on(robot, () -> canvas.tiles().painted());
        int firstEvent = counts[1] - counts[0];
        assertThat(firstEvent).as("tiles painted by the first event after a cold frame").isPositive();
        assertThat(all - counts[0]).as("the other rows follow in later events").isGreaterThan(firstEvent);
        WritableImage warm = frame(robot);
        assertThat(on(robot, () -> canvas.tiles().painted())).as("then every tile of the view is held").isEqualTo(all);
        assertSameAsPaintedDirectly(robot, warm);
    }

    @Test
    void aHugeMapKeepsAFewViewsWorthOfTilesWhereverItIsScrolled(FxRobot robot) {
        robot.interact(() -> doc.reset(GeneratedMaps.withCards(10000, 42)));
        MapLayout layout = on(robot, () -> doc.layout());
        int maxHeld = 0;
        for (int i = 0; i < 40; i++) {
            double x = (i * 0.37 % 1) * layout.width();
            double y = (i * 0.61 % 1) * layout.height();
            robot.interact(() -> canvas.reveal(new Rect(x, y, 10, 10)));
            frame(robot);
            maxHeld = Math.max(maxHeld, on(robot, () -> canvas.tiles().held()));
        }
        // 900×600 at 100 % needs at most 5×4 tiles: three views' worth, or the minimum of 48
        assertThat(maxHeld).isPositive().isLessThanOrEqualTo(60);
        assertFramesShowTheMap(robot);
    }

    @Test
    void changedAreasAreTheChangedCardsOrEverything() {
        MapDocument d = new MapDocument(CanvasMaps.withWidePhase(), null, Locale.ENGLISH);
        MapLayout before = d.layout();
        assertThat(ChangedAreas.between(before, before)).contains(List.of());
        d.apply(CardEdits.setCardTitle("d", "Delto"));
        Rect card = d.layout().card("d").orElseThrow().rect();
        assertThat(ChangedAreas.between(before, d.layout())).hasValueSatisfying(areas -> assertThat(areas)
                .isNotEmpty().allSatisfy(a -> assertThat(a.intersects(card)).isTrue()));
        MapLayout renamed = d.layout();
        d.apply(PhaseEdits.renamePhase("phase-0", "Elsewhere"));
        assertThat(ChangedAreas.between(renamed, d.layout())).as("a phase header changed").isEmpty();
        assertThat(ChangedAreas.between(null, d.layout())).isEmpty();
    }

    private WritableImage frame(FxRobot robot) {
        return on(robot, () -> {
            canvas.paintNow();
            return canvas.canvas().snapshot(null, null);
        });
    }

    /** The map painted straight onto a canvas of the same size, from the same whole-pixel origin, with no cache. */
    private WritableImage paintedDirectly(FxRobot robot) {
        return on(robot, () -> {
            Canvas direct = new Canvas(canvas.canvas().getWidth(), canvas.canvas().getHeight());
            GraphicsContext gc = direct.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, direct.getWidth(), direct.getHeight());
            Rect view = canvas.visibleArea();
            double zoom = canvas.zoom();
            double x = MapTiles.snap(view.x(), zoom, 1);
            double y = MapTiles.snap(view.y(), zoom, 1);
            gc.scale(zoom, zoom);
            gc.translate(-x, -y);
            new MapPainter().atDeviceScale(zoom).paint(doc.layout(), new FxCanvas2D(gc),
                    new Rect(x, y, view.width(), view.height()));
            return direct.snapshot(null, null);
        });
    }

    /**
     * The next two frames show the map as painted directly: the first may be painted directly itself (a view with no
     * tiles yet), the second is copied from the tiles painted after it.
     */
    private void assertFramesShowTheMap(FxRobot robot) {
        assertSameAsPaintedDirectly(robot, frame(robot));
        assertSameAsPaintedDirectly(robot, frame(robot));
        assertThat(on(robot, () -> canvas.tiles().held())).as("tiles held after two frames").isPositive();
    }

    private void assertSameAsPaintedDirectly(FxRobot robot, WritableImage frame) {
        WritableImage direct = paintedDirectly(robot);
        assertThat(differing(frame, direct)).as("pixels that differ from the map painted directly").isZero();
    }

    /**
     * Channel difference still counted as the same pixel. Curve strokes (the emotion curves) come out a few levels
     * different when painted in a tile: Marlin flattens and clips a curve against the clip it is drawn into, and a
     * tile's clip is not the canvas's (up to 22/255 seen, invisible). Missing or stale text, notes or colours differ by
     * far more.
     */
    private static final int TOLERANCE = 40;

    /** Pixels whose colour differs by more than {@link #TOLERANCE} in a channel. */
    private static int differing(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int u = pa.getArgb(x, y);
                int v = pb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((u >> shift & 0xFF) - (v >> shift & 0xFF)) > TOLERANCE) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    private static <T> T on(FxRobot robot, Supplier<T> task) {
        Object[] result = new Object[1];
        robot.interact(() -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
