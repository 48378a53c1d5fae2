package org.journeyboard.ui.window;

import java.util.function.DoubleSupplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;

/** The status line: save state on the left, what is selected, and the zoom on the right. */
final class StatusLine extends HBox {
    private final DocumentSession session;
    private final Messages messages;
    private final Label saveState = new Label();
    private final Label selection = new Label();
    private final Label zoom = new Label();
    /** Moves while a save runs (and Quit waits for it). */
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final InvalidationListener selectionChanged = o -> showSelection();
    private DoubleSupplier zoomSource = () -> 1;

    StatusLine(DocumentSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        getStyleClass().add("status-line");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        saveState.setId("status-save");
        selection.setId("status-selection");
        zoom.setId("status-zoom");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        progress.setId("status-progress");
        progress.setPrefWidth(80);
        getChildren().addAll(saveState, progress, gap, selection, zoom);
        session.unsavedProperty().addListener(o -> showSaveState());
        session.loadingProperty().addListener(o -> showSaveState());
        session.savingProperty().addListener(o -> showSaveState());
        session.quittingProperty().addListener(o -> showSaveState());
        session.documentProperty().addListener((o, old, doc) -> {
            if (old != null) {
                old.selectionProperty().removeListener(selectionChanged);
                old.fileProperty().removeListener(selectionChanged);
            }
            follow(doc);
            showSaveState();
            showSelection();
            refreshZoom();
        });
        // built after a map opened at start (ADR 6), it follows that map from the beginning
        follow(session.document());
        showSaveState();
        showSelection();
        refreshZoom();
    }

    private void follow(MapDocument doc) {
        if (doc != null) {
            doc.selectionProperty().addListener(selectionChanged);
            doc.fileProperty().addListener(selectionChanged);
        }
    }

    void zoomSource(DoubleSupplier source) {
        zoomSource = source;
        refreshZoom();
    }

    void refreshZoom() {
        showZoom(zoomSource.getAsDouble());
    }

    void showZoom(double factor) {
        zoom.setVisible(session.document() != null);
        zoom.setText(messages.get("status.zoom", Math.round(factor * 100)));
    }

    private void showSaveState() {
        MapDocument doc = session.document();
        String key;
        boolean busy = session.loadingProperty().get() || session.isSaving() || session.quittingProperty().get();
        progress.setVisible(busy);
        progress.setManaged(busy);
        if (session.isSaving()) {
            key = session.quittingProperty().get() ? "status.savingBeforeQuit" : "status.saving";
        } else if (session.quittingProperty().get()) {
            key = "status.quitting";
        } else if (session.loadingProperty().get()) {
            key = "status.loading";
        } else if (doc == null) {
            key = "status.none";
        } else if (session.isUnsaved()) {
            key = doc.file() == null ? "status.neverSaved" : "status.unsaved";
        } else {
            key = doc.file() == null ? "status.new" : "status.saved";
        }
        saveState.setText(messages.get(key));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unsaved"), session.isUnsaved());
    }

    private void showSelection() {
        MapDocument doc = session.document();
        Selection s = doc == null ? Selection.NONE : doc.selection();
        showSaveState();
        selection.setText(describe(s, doc != null));
    }

    private String describe(Selection s, boolean open) {
        if (s instanceof Selection.Cards c) {
            return messages.get("status.cards", c.ids().size());
        }
        if (s instanceof Selection.PhaseSelected) {
            return messages.get("status.phase");
        }
        if (s instanceof Selection.LaneSelected) {
            return messages.get("status.lane");
        }
        if (s instanceof Selection.CellSelected) {
            return messages.get("status.cell");
        }
        if (s instanceof Selection.PersonaSelected) {
            return messages.get("status.persona");
        }
        if (s instanceof Selection.CurvePointSelected) {
            return messages.get("status.curvePoint");
        }
        return open ? messages.get("status.nothing") : "";
    }
}
