package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeyboard.ui.canvas.StructureFixture.mouse;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.paint.MapColours;
import org.journeyboard.paint.MapPainter;
import org.journeyboard.ui.FxCanvas2D;
import org.journeyboard.ui.canvas.StructureFixture.FakeView;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The previews the gestures draw over the map, rendered for real and looked at pixel by pixel. */
@ExtendWith(ApplicationExtension.class)
class StructureOverlayTest {
    private final MapDocument doc = StructureFixture.document();
    private final FakeView view = new FakeView(doc);

    /** The map, then the gesture's overlay, as the canvas draws them at 100 %. */
    private WritableImage render(FxRobot robot, CanvasGesture gesture) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            MapLayout layout = doc.layout();
            Canvas canvas = new Canvas(layout.width(), layout.height());
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, layout.width(), layout.height());
            new MapPainter().paint(layout, new FxCanvas2D(gc));
            gesture.paintOverlay(gc, 1);
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }

    private static Color at(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static Color fx(org.journeyboard.model.Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void aDraggedPointIsDrawnWhereItWillGoWithItsScoreBesideThePointer(FxRobot robot) {
        CurveGesture gesture = new CurveGesture(view);
        EmotionLaneBox lane = doc.layout().emotionLanes().get(0);
        CurvePointBox k2 = lane.curves().get(0).points().get(1);
        Point2D start = new Point2D(k2.x(), k2.y());
        gesture.press(mouse(MouseEvent.MOUSE_PRESSED, k2.x(), k2.y(), 1), start, new Hit.CurvePointHit("anna", "k2"));
        Point2D to = new Point2D(k2.x(), lane.yOf(2));
        gesture.drag(mouse(MouseEvent.MOUSE_DRAGGED, to.getX(), to.getY(), 1), to);
        WritableImage before = render(robot, new CanvasGesture() {
            @Override
            public boolean press(MouseEvent e, Point2D map, Hit hit) {
                return false;
            }
        });
        WritableImage after = render(robot, gesture);
        Color happyFace = fx(MapColours.LIGHT.faceFill(2));
        // the face's fill shows at the target, beside its eyes and mouth (sampled left of the centre)
        double r = doc.layout().style().pointRadius();
        assertThat(distance(at(after, to.getX() - r * 0.6, to.getY() + r * 0.05), happyFace)).isLessThan(0.1);
        assertThat(distance(at(before, to.getX() - r * 0.6, to.getY() + r * 0.05), happyFace)).isGreaterThan(0.1);
        // the old face is veiled: lighter than before
        Color oldFace = at(before, k2.x() - r * 0.6, k2.y() + r * 0.05);
        Color ghost = at(after, k2.x() - r * 0.6, k2.y() + r * 0.05);
        assertThat(ghost.getBrightness()).isGreaterThan(oldFace.getBrightness());
        // the score label: a dark box up and to the right of the pointer
        boolean dark = false;
        for (int dx = 10; dx < 30; dx++) {
            for (int dy = -24; dy < -6; dy++) {
                dark |= at(after, to.getX() + dx, to.getY() + dy).getBrightness() < 0.3;
            }
        }
        assertThat(dark).isTrue();
    }

    @Test
    void headerAndBorderDragsShowWhereTheyWouldDrop(FxRobot robot) {
        HeaderGesture headers = new HeaderGesture(view);
        Rect h = doc.layout().phase("aware").orElseThrow().header();
        Rect after = doc.layout().phase("after").orElseThrow().column();
        Point2D start = new Point2D(h.centerX(), h.centerY());
        headers.press(mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY(), 1), start,
                new Hit.PhaseHeaderHit("aware"));
        Point2D to = new Point2D(after.centerX() + 30, start.getY());
        headers.drag(mouse(MouseEvent.MOUSE_DRAGGED, to.getX(), to.getY(), 1), to);
        WritableImage image = render(robot, headers);
        Color line = at(image, after.right() - 1, after.centerY());
        assertThat(line.getBlue()).isGreaterThan(0.8);
        assertThat(line.getRed()).isLessThan(0.4);

        BorderGesture borders = new BorderGesture(view);
        Rect buy = doc.layout().phase("buy").orElseThrow().column();
        Point2D grip = new Point2D(buy.right(), buy.centerY());
        borders.press(mouse(MouseEvent.MOUSE_PRESSED, grip.getX(), grip.getY(), 1), grip,
                new Hit.PhaseBorderHit("buy"));
        Point2D wider = new Point2D(buy.right() + 40, buy.centerY());
        borders.drag(mouse(MouseEvent.MOUSE_DRAGGED, wider.getX(), wider.getY(), 1), wider);
        WritableImage resized = render(robot, borders);
        int blue = 0;
        for (double y = buy.y(); y < buy.bottom(); y += 1) {
            Color c = at(resized, wider.getX(), y);
            if (c.getBlue() > 0.8 && c.getRed() < 0.4) {
                blue++;
            }
        }
        // a dashed line: 6 on, 4 off
        assertThat(blue).isGreaterThan((int) (buy.height() * 0.4));
    }
}
