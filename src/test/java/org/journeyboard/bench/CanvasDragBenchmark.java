package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.journeyboard.layout.CardBox;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@code drag.2000}: ms per frame while one card is dragged across a 2,000-card map at 100 % in a 1280×800 window,
 * in the software pipeline. A frame is the pointer event (the card gesture finds the drop place), the redraw of the
 * visible map with the drag preview, and a snapshot of the canvas, so that the pixels really exist. Target: 16 ms.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class CanvasDragBenchmark {
    private MapCanvas canvas;
    private MapDocument doc;

    @Start
    void start(Stage stage) {
        doc = new MapDocument(GeneratedMaps.withCards(2000, 42), null, Locale.ENGLISH);
        canvas = new MapCanvas();
        canvas.setDocument(doc);
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void dragOneCardOnATwoThousandCardMap(FxRobot robot) throws Exception {
        Canvas node = canvas.canvas();
        CardBox card = doc.layout().cardsIn(canvas.visibleArea()).stream()
                .filter(c -> canvas.visibleArea().encloses(c.rect())).findFirst().orElseThrow();
        Point2D start = canvas.toView(card.rect().centerX(), card.rect().centerY());
        WritableImage image = new WritableImage((int) node.getWidth(), (int) node.getHeight());
        robot.interact(() -> Event.fireEvent(node, mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY())));
        int[] frame = {0};
        long[] took = new long[1];
        Runnable oneFrame = () -> {
            long t0 = System.nanoTime();
            // back and forth over 600 px, so that the pointer crosses cells, cards and gaps
            int step = frame[0]++ % 120;
            double dx = (step < 60 ? step : 120 - step) * 10.0;
            Event.fireEvent(node, mouse(MouseEvent.MOUSE_DRAGGED, start.getX() + dx, start.getY() + dx / 3));
            canvas.paintNow();
            node.snapshot(null, image);
            took[0] = System.nanoTime() - t0;
        };
        for (int i = 0; i < 60; i++) {
            robot.interact(oneFrame);
        }
        double[] ms = new double[121];
        for (int i = 0; i < ms.length; i++) {
            robot.interact(oneFrame);
            ms[i] = took[0] / 1e6;
        }
        assertThat(canvas.cardGesture().isDragging()).as("the frames really dragged a card").isTrue();
        robot.interact(() -> Event.fireEvent(node, mouse(MouseEvent.MOUSE_RELEASED, start.getX(), start.getY())));
        Bench.record("drag.2000", Bench.median(ms), "ms");
    }

    private MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        Point2D screen = canvas.canvas().localToScreen(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, false, null);
    }
}
