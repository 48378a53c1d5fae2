package org.journeyboard.ui.canvas;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.journeyboard.layout.Rect;

/**
 * The text field the canvas lays over a card title, a phase name, a lane name or a curve point's label to edit it
 * where it is drawn. Enter or moving the focus elsewhere keeps the text, Esc throws it away, Shift+Enter starts a new
 * line in a multi-line field; the field follows panning and zooming, so it always covers the text it edits.
 *
 * <p>While the field is open every key belongs to it: a key event that reaches it is consumed there, after the
 * field's own handling, so that it never bubbles on to the canvas (Space pans, arrows select, Delete deletes), to the
 * window's menu accelerators (Ctrl+D duplicates, Ctrl+0 fits) or to focus traversal.
 */
public final class InPlaceEditor {
    private static final double BASE_FONT = 12;

    private final CanvasView view;
    private final Runnable refocus;
    private final Pane layer = new Pane();
    private TextInputControl field;
    private Rect area;
    private String original;
    private Consumer<String> onCommit;
    private boolean singleLine;

    /** An editor drawing over {@code view}; {@code refocus} gives the focus back to the canvas after editing. */
    public InPlaceEditor(CanvasView view, Runnable refocus) {
        this.view = view;
        this.refocus = refocus;
        layer.setManaged(false);
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("in-place-editor-layer");
    }

    /** The node the canvas puts above its drawing; it holds the field while one is open. */
    public Node node() {
        return layer;
    }

    /** True while a field is open. */
    public boolean isOpen() {
        return field != null;
    }

    /** The open field (for tests), or null. */
    public TextInputControl field() {
        return field;
    }

    /** Opens a field over {@code mapArea}; an editor already open keeps its text first. */
    public void open(Rect mapArea, String text, boolean multiLine, Consumer<String> commit) {
        commit();
        TextInputControl f;
        // a one-line text over a tall area (a card title) wraps like the drawn title; Enter still keeps it
        boolean wrapped = multiLine || mapArea.height() * view.zoom() >= 2.6 * fontSize();
        if (wrapped) {
            TextArea a = new TextArea(text);
            a.setWrapText(true);
            f = a;
        } else {
            f = new TextField(text);
        }
        f.getStyleClass().add("in-place-editor");
        // the layer is a plain Pane, which would resize a managed child to its preferred size
        f.setManaged(false);
        field = f;
        area = mapArea;
        original = text == null ? "" : text;
        singleLine = !multiLine;
        onCommit = commit;
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(f, e, multiLine));
        // accelerators and traversal run only for key events that bubble up unconsumed: none leaves the field
        f.addEventHandler(KeyEvent.ANY, KeyEvent::consume);
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now && field == f) {
                commit();
            }
        });
        layer.getChildren().setAll(f);
        follow();
        f.selectAll();
        f.requestFocus();
        // a field shown in this pulse may lose a focus request made before its skin exists
        Platform.runLater(() -> {
            if (field == f && !f.isFocused()) {
                f.requestFocus();
                f.selectAll();
            }
        });
    }

    private void onKey(TextInputControl f, KeyEvent e, boolean multiLine) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancel();
        } else if (e.getCode() == KeyCode.ENTER && multiLine && e.isShiftDown()) {
            e.consume();
            f.replaceSelection("\n");
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            commit();
        } else if (e.getCode() == KeyCode.TAB && !multiLine) {
            e.consume();
            commit();
        }
    }

    /** Places the field over its area at the current zoom and scroll position. */
    public void follow() {
        if (field == null) {
            return;
        }
        double zoom = view.zoom();
        Point2D topLeft = view.toView(area.x(), area.y());
        double fontSize = fontSize();
        field.setStyle("-fx-font-size: " + fontSize + "px;");
        double width = Math.max(60, area.width() * zoom);
        double height = field instanceof TextArea ? Math.max(area.height() * zoom, 3.2 * fontSize)
                : Math.max(field.prefHeight(width), Math.min(area.height() * zoom, 2.4 * fontSize));
        field.resizeRelocate(Math.round(topLeft.getX()), Math.round(topLeft.getY()), width, height);
    }

    private double fontSize() {
        return Math.max(9, Math.min(40, BASE_FONT * view.zoom()));
    }

    /** Keeps the text: hands it to the commit callback when it changed, and closes the field. */
    public void commit() {
        if (field == null) {
            return;
        }
        String text = singleLine ? field.getText().replaceAll("\\R", " ") : field.getText();
        Consumer<String> callback = onCommit;
        boolean changed = !text.equals(original);
        close();
        if (changed) {
            callback.accept(text);
        }
    }

    /** Closes the field without a change. */
    public void cancel() {
        if (field != null) {
            close();
        }
    }

    private void close() {
        boolean hadFocus = field.isFocused();
        field = null;
        onCommit = null;
        layer.getChildren().clear();
        if (hadFocus) {
            refocus.run();
        }
    }
}
