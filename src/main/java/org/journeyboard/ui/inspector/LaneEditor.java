package org.journeyboard.ui.inspector;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.model.Lane;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for a lane: title, kind, hidden and height. */
final class LaneEditor implements SelectionEditor {
    private final MapDocument doc;
    private final String id;
    private final Form form;

    LaneEditor(MapDocument doc, String id, InspectorTexts texts) {
        this.doc = doc;
        this.id = id;
        this.form = new Form(doc);
        Choices choices = new Choices(texts);
        form.heading(texts.get("lane.heading"));
        form.text(texts.get("lane.title"), () -> lane().map(Lane::title).orElse(""),
                v -> LaneEdits.renameLane(id, v)).setId("inspector-lane-title");
        form.choice(texts.get("lane.kind"), choices::laneKinds, () -> lane().map(Lane::kind).orElse(null),
                k -> LaneEdits.setLaneKind(id, k));
        form.check(texts.get("lane.hidden"), () -> lane().map(Lane::hidden).orElse(false),
                h -> LaneEdits.setLaneHidden(id, h));
        form.number(texts.get("lane.height"), 40, 2000, 10, () -> lane().map(Lane::height).orElse(Lane.DEFAULT_HEIGHT),
                h -> Merging.as("lane:" + id + ":height", LaneEdits.resizeLane(id, h)));
        Button delete = form.button(texts.get("lane.delete"));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(LaneEdits.deleteLane(id)));
    }

    private Optional<Lane> lane() {
        return doc.map().lane(id);
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        if (lane().isEmpty()) {
            return false;
        }
        form.refresh();
        return true;
    }
}
