package org.journeyboard.ui.canvas;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.PaletteItem;

/**
 * A bare window with the editing canvas on a sample map (or a generated one: argument "generated N") and one
 * palette item at the left, to look at the canvas in a real window with look-at-app. Ctrl+Z undoes, Ctrl+Y redoes.
 */
public final class CanvasTryout extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        var map = args.size() == 2 && args.get(0).equals("generated")
                ? GeneratedMaps.withCards(Integer.parseInt(args.get(1)), 42) : Samples.all().get(0).map();
        MapDocument doc = new MapDocument(map, null, Locale.GERMAN);
        MapCanvas canvas = new MapCanvas();
        canvas.setDocument(doc);
        Label item = new Label("  E-Mail  ");
        item.setMinSize(90, 40);
        item.setOnDragDetected(e -> {
            Dragboard board = item.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(PaletteDrop.format(), new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.NEWSLETTER).code());
            board.setContent(content);
            e.consume();
        });
        BorderPane root = new BorderPane(canvas);
        root.setLeft(item);
        Scene scene = new Scene(root, 1500, 950);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), doc::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), doc::redo);
        stage.setScene(scene);
        stage.setTitle("Canvas tryout");
        stage.show();
        canvas.requestFocus();
    }

    /** Starts through a plain class, because the classpath JavaFX refuses an Application subclass as main class. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(CanvasTryout.class, args);
        }
    }
}
