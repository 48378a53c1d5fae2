package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Stage;
import org.journeyboard.model.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Strokes that FxCanvas2D draws as fills look like JavaFX's own strokes of the same shapes. */
@ExtendWith(ApplicationExtension.class)
class FxCanvas2DStrokesTest {
    private static final Colour EDGE = new Colour(40, 80, 160);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void roundRectangleEdgeMatchesAStroke(FxRobot robot) {
        for (double zoom : new double[] {1, 0.5, 2.3}) {
            assertAlike(robot, zoom, g -> g.strokeRoundRect(10.5, 8, 90, 40, 4),
                    gc -> gc.strokeRoundRect(10.5, 8, 90, 40, 8, 8));
        }
    }

    @Test
    void straightLinesAndRectanglesMatchStrokes(FxRobot robot) {
        for (double zoom : new double[] {1, 0.37, 1.8}) {
            assertAlike(robot, zoom, g -> {
                g.line(5, 20.5, 110, 20.5);
                g.line(60, 2, 60, 58);
                g.strokeRect(15, 30, 50, 20);
            }, gc -> {
                gc.strokeLine(5, 20.5, 110, 20.5);
                gc.strokeLine(60, 2, 60, 58);
                gc.strokeRect(15, 30, 50, 20);
            });
        }
    }

    @Test
    void dashedAndSlantedLinesStayStrokes(FxRobot robot) {
        assertAlike(robot, 1, g -> {
            g.line(5, 5, 100, 50);
            g.setDashes(5, 4);
            g.line(5, 40, 110, 40);
        }, gc -> {
            gc.strokeLine(5, 5, 100, 50);
            gc.setLineDashes(5, 4);
            gc.strokeLine(5, 40, 110, 40);
        });
    }

    /** Both drawings at {@code zoom} differ by at most a little anti-aliasing, and both drew something. */
    private static void assertAlike(FxRobot robot, double zoom, Consumer<FxCanvas2D> ours,
                                    Consumer<GraphicsContext> javafx) {
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            Canvas a = new Canvas(300, 160);
            FxCanvas2D g = new FxCanvas2D(a.getGraphicsContext2D());
            g.scale(zoom);
            g.setStroke(EDGE);
            g.setLineWidth(1.5);
            ours.accept(g);
            shots[0] = a.snapshot(null, null);
            Canvas b = new Canvas(300, 160);
            GraphicsContext gc = b.getGraphicsContext2D();
            gc.scale(zoom, zoom);
            gc.setStroke(Color.rgb(EDGE.red(), EDGE.green(), EDGE.blue()));
            gc.setLineWidth(1.5);
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.setLineJoin(StrokeLineJoin.ROUND);
            javafx.accept(gc);
            shots[1] = b.snapshot(null, null);
        });
        int inked = 0;
        int worst = 0;
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 300; x++) {
                int p = shots[0].getPixelReader().getArgb(x, y);
                int q = shots[1].getPixelReader().getArgb(x, y);
                if (q != 0xFFFFFFFF) {
                    inked++;
                }
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF)));
                }
            }
        }
        assertThat(inked).as("pixels JavaFX inked at zoom %s", zoom).isGreaterThan(50);
        assertThat(worst).as("largest channel difference at zoom %s", zoom).isLessThan(64);
    }
}
