package org.journeyboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.inspector.InspectorPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Edits as a user feels them, on generated maps of 2,000 and 10,000 cards in the software pipeline, canvas 1280×800
 * beside the inspector: {@code edit.type.N} (ms from a character typed into the selected card's title in the
 * inspector to the painted frame that shows it), {@code edit.move.N} (Ctrl+Right on the canvas moves the card into
 * the next phase) and {@code edit.undo.N} (undoing that move, as Ctrl+Z does). Each is timed in one FX event from the
 * key event to the pixels of the next canvas frame, as {@link RedrawBenchmark} times a frame ({@link
 * MapCanvas#paintNow()}, then a snapshot of the canvas). What the canvas queued after the frame (painting tiles of a
 * view it painted directly) is printed as {@code queued}. Target: each at most 16 ms at 10,000 cards.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class EditBenchmark {
    private static final int WARMUPS = 15;
    private static final int RUNS = 31;

    private MapCanvas mapCanvas;
    private InspectorPane inspector;
    private MapDocument doc;

    @Start
    void start(Stage stage) {
        mapCanvas = new MapCanvas();
        inspector = new InspectorPane(null);
        stage.setScene(new Scene(mapCanvas, 1280, 800));
        stage.show();
        // the headless screen is 1280×800: the inspector gets a window of its own beside the canvas's
        Stage side = new Stage();
        side.initOwner(stage);
        side.setScene(new Scene(inspector, 320, 800));
        side.show();
    }

    @Test
    void typeMoveAndUndo() throws Exception {
        for (int n : new int[] {2000, 10000}) {
            JourneyMap map = GeneratedMaps.withCards(n, 42);
            onFx(() -> {
                doc = new MapDocument(map, null, Locale.ENGLISH);
                mapCanvas.setDocument(doc);
                inspector.setDocument(doc);
                mapCanvas.zoomAt(1, 0, 0);
                mapCanvas.applyCss();
                mapCanvas.layout();
                return null;
            });
            String id = onFx(this::aVisibleCardNotInTheLastPhase);
            onFx(() -> {
                doc.select(new Selection.Cards(List.of(id)));
                return null;
            });
            // -Djourneyboard.bench.jfr=FOLDER records where the time goes (a JFR file per map size) for `jfr print`
            String jfr = System.getProperty("journeyboard.bench.jfr");
            jdk.jfr.Recording recording = null;
            if (jfr != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                recording.start();
            }
            double[] type = typing(id);
            double[] move = moveAndUndo(id);
            if (recording != null) {
                recording.stop();
                java.nio.file.Path file = java.nio.file.Path.of(jfr, "edit-" + n + ".jfr");
                java.nio.file.Files.createDirectories(file.getParent());
                recording.dump(file);
                recording.close();
                System.out.println("[bench] edit.*." + n + ": profile in " + file);
            }
            Bench.record("edit.type." + n, type[0], "ms");
            Bench.record("edit.move." + n, move[0], "ms");
            Bench.record("edit.undo." + n, move[1], "ms");
            System.out.printf(Locale.ROOT, "[bench] edit.*.%d: queued after the frame: type %.2f ms, move %.2f ms,"
                    + " undo %.2f ms (medians)%n", n, type[1], move[2], move[3]);
        }
    }

    /** A card wholly in view whose phase has a neighbour to the right. */
    private String aVisibleCardNotInTheLastPhase() {
        String last = doc.map().phases().get(doc.map().phases().size() - 1).id();
        return doc.layout().cardsIn(mapCanvas.visibleArea()).stream()
                .filter(c -> mapCanvas.visibleArea().encloses(c.rect()))
                .filter(c -> !c.phaseId().equals(last)).map(CardBox::cardId)
                .findFirst().orElseThrow();
    }

    /** One character typed per measured event; it is deleted again in an unmeasured event before the next. */
    private double[] typing(String id) throws Exception {
        TextField title = onFx(() -> (TextField) inspector.lookup("#inspector-card-title"));
        assertThat(title).as("the inspector shows the card's title").isNotNull();
        WritableImage shot = shot();
        String before = onFx(() -> doc.map().card(id).orElseThrow().title());
        double[] ms = new double[RUNS];
        double[] queued = new double[RUNS];
        double[] event = new double[RUNS];
        long[] handled = new long[1];
        long[] frameEnd = new long[1];
        for (int i = -WARMUPS; i < RUNS; i++) {
            double took = onFx(() -> {
                title.requestFocus();
                title.end();
                long start = System.nanoTime();
                Event.fireEvent(title, new KeyEvent(KeyEvent.KEY_TYPED, "x", "", KeyCode.UNDEFINED, false, false,
                        false, false));
                handled[0] = System.nanoTime() - start;
                frame(shot);
                frameEnd[0] = System.nanoTime();
                return (frameEnd[0] - start) / 1e6;
            });
            double q = onFx(() -> (System.nanoTime() - frameEnd[0]) / 1e6);
            String typed = onFx(() -> doc.map().card(id).orElseThrow().title());
            assertThat(typed).as("the typed character reached the map").isEqualTo(before + "x");
            onFx(() -> {
                title.deletePreviousChar();
                frame(shot);
                return null;
            });
            if (i >= 0) {
                ms[i] = took;
                queued[i] = q;
                event[i] = handled[0] / 1e6;
            }
        }
        double layout = onFx(() -> Bench.medianMillis(3, 9, () -> MapLayout.of(doc.map())));
        System.out.printf(Locale.ROOT, "[bench] edit.type: %.2f ms of it handling the key (the edit, the document's"
                + " listeners, the inspector), the rest the frame; MapLayout.of of the whole map alone takes %.2f ms%n",
                Bench.median(event), layout);
        return new double[] {Bench.median(ms), Bench.median(queued)};
    }

    /** Ctrl+Right on the canvas, then undo; the view goes back to where it was, unmeasured, before each round. */
    private double[] moveAndUndo(String id) throws Exception {
        WritableImage shot = shot();
        String phase = onFx(() -> doc.map().card(id).orElseThrow().phaseId());
        double[] view = onFx(() -> new double[] {mapCanvas.visibleArea().x(), mapCanvas.visibleArea().y()});
        double[] move = new double[RUNS];
        double[] undo = new double[RUNS];
        double[] moveQueued = new double[RUNS];
        double[] undoQueued = new double[RUNS];
        long[] frameEnd = new long[1];
        for (int i = -WARMUPS; i < RUNS; i++) {
            onFx(() -> {
                // reveal() scrolls to an area's left/top edge (less its 16 px margin) when that lies before the view
                mapCanvas.reveal(new Rect(1e9, 1e9, 1, 1));
                mapCanvas.reveal(new Rect(view[0] + 16, view[1] + 16, 1, 1));
                mapCanvas.requestFocus();
                frame(shot);
                return null;
            });
            assertThat(onFx(() -> mapCanvas.visibleArea().x())).as("the view is back").isEqualTo(view[0]);
            double m = onFx(() -> {
                long start = System.nanoTime();
                Event.fireEvent(mapCanvas, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, true,
                        false, false));
                frame(shot);
                frameEnd[0] = System.nanoTime();
                return (frameEnd[0] - start) / 1e6;
            });
            double mq = onFx(() -> (System.nanoTime() - frameEnd[0]) / 1e6);
            assertThat(onFx(() -> doc.map().card(id).orElseThrow().phaseId())).as("the card moved")
                    .isNotEqualTo(phase);
            double u = onFx(() -> {
                long start = System.nanoTime();
                doc.undo(); // what Ctrl+Z does (EditActions.undo)
                frame(shot);
                frameEnd[0] = System.nanoTime();
                return (frameEnd[0] - start) / 1e6;
            });
            double uq = onFx(() -> (System.nanoTime() - frameEnd[0]) / 1e6);
            assertThat(onFx(() -> doc.map().card(id).orElseThrow().phaseId())).as("the move undone").isEqualTo(phase);
            if (i >= 0) {
                move[i] = m;
                undo[i] = u;
                moveQueued[i] = mq;
                undoQueued[i] = uq;
            }
        }
        System.out.printf(Locale.ROOT, "[bench] edit.move: slowest %.2f ms, edit.undo: slowest %.2f ms%n",
                Arrays.stream(move).max().orElse(0), Arrays.stream(undo).max().orElse(0));
        return new double[] {Bench.median(move), Bench.median(undo), Bench.median(moveQueued),
            Bench.median(undoQueued)};
    }

    private WritableImage shot() throws Exception {
        return onFx(() -> new WritableImage((int) mapCanvas.canvas().getWidth(),
                (int) mapCanvas.canvas().getHeight()));
    }

    /** The canvas frame the edit leads to, until its pixels exist. */
    private void frame(WritableImage shot) {
        mapCanvas.paintNow();
        mapCanvas.canvas().snapshot(null, shot);
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
