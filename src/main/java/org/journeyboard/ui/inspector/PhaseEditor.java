package org.journeyboard.ui.inspector;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.journeyboard.edit.PhaseEdits;
import org.journeyboard.model.Colour;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for a phase: name, goal, strategies, KPIs, colour and width. */
final class PhaseEditor implements SelectionEditor {
    private final MapDocument doc;
    private final String id;
    private final Form form;
    private final KpiRows kpis;

    PhaseEditor(MapDocument doc, String id, InspectorTexts texts) {
        this.doc = doc;
        this.id = id;
        this.form = new Form(doc);
        form.heading(texts.get("phase.heading"));
        form.text(texts.get("phase.name"), () -> phase().map(Phase::name).orElse(""),
                v -> PhaseEdits.renamePhase(id, v)).setId("inspector-phase-name");
        form.area(texts.get("phase.goal"), 2, () -> phase().map(Phase::goal).orElse(""),
                v -> PhaseEdits.setPhaseGoal(id, v)).setId("inspector-phase-goal");
        form.lines(texts.get("phase.strategies"), () -> phase().map(Phase::strategies).orElse(List.of()),
                v -> PhaseEdits.setPhaseStrategies(id, v)).setPromptText(texts.get("lines.prompt"));
        kpis = new KpiRows(doc, id, form, texts);
        form.colour(texts.get("phase.colour"), () -> phase().map(Phase::colour).orElse(new Colour(0, 0, 0)),
                c -> PhaseEdits.setPhaseColour(id, c));
        form.number(texts.get("phase.width"), 60, 2000, 10, () -> phase().map(Phase::width).orElse(Phase.DEFAULT_WIDTH),
                w -> Merging.as("phase:" + id + ":width", PhaseEdits.resizePhase(id, w)));
        Button delete = form.button(texts.get("phase.delete"));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(PhaseEdits.deletePhase(id)));
    }

    private Optional<Phase> phase() {
        return doc.map().phase(id);
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        if (phase().isEmpty() || !kpis.fits()) {
            return false;
        }
        form.refresh();
        return true;
    }
}
