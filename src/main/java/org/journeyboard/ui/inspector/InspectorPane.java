package org.journeyboard.ui.inspector;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;

/**
 * The right side panel: the fields of whatever is selected (one card, several cards, a phase, a lane, a persona, a
 * curve point, or with nothing selected the map itself). Every change is an edit on the document, and the fields
 * follow the document when it changes elsewhere (canvas, undo) without disturbing the field being typed in.
 */
public final class InspectorPane extends ScrollPane {
    private final VBox content = new VBox();
    private final ChangeListener<Selection> onSelection = (o, was, now) -> show(now);
    private final ChangeListener<JourneyMap> onMap = (o, was, now) -> mapChanged();
    private MapDocument doc;
    private InspectorTexts texts;
    private Selection shown;
    private SelectionEditor editor;

    /** An inspector of {@code doc}; null shows an empty panel until {@link #setDocument} is called. */
    public InspectorPane(MapDocument doc) {
        getStyleClass().add("inspector");
        getStylesheets().add(Objects.requireNonNull(InspectorPane.class.getResource("inspector.css")).toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setDocument(doc);
    }

    /** Shows another document (the window switched maps), or nothing for null. */
    public void setDocument(MapDocument newDoc) {
        if (doc != null) {
            doc.selectionProperty().removeListener(onSelection);
            doc.mapProperty().removeListener(onMap);
        }
        doc = newDoc;
        shown = null;
        editor = null;
        if (doc == null) {
            content.getChildren().clear();
            return;
        }
        texts = new InspectorTexts(doc.locale());
        doc.selectionProperty().addListener(onSelection);
        doc.mapProperty().addListener(onMap);
        show(doc.selection());
    }

    public MapDocument document() {
        return doc;
    }

    private void mapChanged() {
        // The map changes before the document prunes its selection, so the editor may find its subject gone for a
        // moment; rebuilding for the current selection then shows the map, and the selection change follows at once.
        if (editor == null || !editor.refresh()) {
            rebuild(doc.selection());
        }
    }

    private void show(Selection selection) {
        if (editor != null && shownAs(selection).equals(shownAs(shown)) && editor.refresh()) {
            return;
        }
        rebuild(selection);
    }

    /** An empty cell shows the map, like no selection; moving through cells must not rebuild the map's fields. */
    private static Selection shownAs(Selection selection) {
        return selection instanceof Selection.CellSelected || selection == null ? Selection.NONE : selection;
    }

    private void rebuild(Selection selection) {
        shown = selection;
        editor = editorFor(selection);
        content.getChildren().setAll(editor.node());
    }

    private SelectionEditor editorFor(Selection selection) {
        JourneyMap map = doc.map();
        if (selection instanceof Selection.Cards c) {
            if (!c.ids().stream().allMatch(id -> map.card(id).isPresent())) {
                return new MapEditor(doc, texts);
            }
            return c.ids().size() == 1 ? new CardEditor(doc, c.ids().get(0), texts) : new CardsEditor(doc, c.ids(), texts);
        }
        if (selection instanceof Selection.PhaseSelected p && map.phase(p.phaseId()).isPresent()) {
            return new PhaseEditor(doc, p.phaseId(), texts);
        }
        if (selection instanceof Selection.LaneSelected l && map.lane(l.laneId()).isPresent()) {
            return new LaneEditor(doc, l.laneId(), texts);
        }
        if (selection instanceof Selection.PersonaSelected p && map.persona(p.personaId()).isPresent()) {
            return new PersonaEditor(doc, p.personaId(), texts);
        }
        if (selection instanceof Selection.CurvePointSelected p && map.curve(p.curveId())
                .filter(c -> c.points().stream().anyMatch(pt -> pt.id().equals(p.pointId()))).isPresent()) {
            return new CurvePointEditor(doc, p.curveId(), p.pointId(), texts);
        }
        return new MapEditor(doc, texts);
    }

    SelectionEditor editor() {
        return editor;
    }
}
