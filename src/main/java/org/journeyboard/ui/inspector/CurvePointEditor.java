package org.journeyboard.ui.inspector;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for one point of an emotion curve (score, label, phase, position) and for its curve. */
final class CurvePointEditor implements SelectionEditor {
    private final MapDocument doc;
    private final String curveId;
    private final String pointId;
    private final Form form;

    CurvePointEditor(MapDocument doc, String curveId, String pointId, InspectorTexts texts) {
        this.doc = doc;
        this.curveId = curveId;
        this.pointId = pointId;
        this.form = new Form(doc);
        Choices choices = new Choices(texts);
        form.heading(texts.get("point.heading"));
        form.choice(texts.get("point.score"), choices::scores, () -> point().map(CurvePoint::score).orElse(null),
                s -> move(p -> CurveEdits.moveCurvePoint(curveId, pointId, p.phaseId(), p.position(), s)))
                .setId("inspector-point-score");
        form.text(texts.get("point.label"), () -> point().map(CurvePoint::label).orElse(""),
                v -> CurveEdits.setCurvePointLabel(curveId, pointId, v));
        form.choice(texts.get("point.phase"), () -> choices.phases(doc.map()),
                () -> point().map(CurvePoint::phaseId).orElse(null),
                ph -> move(p -> CurveEdits.moveCurvePoint(curveId, pointId, ph, p.position(), p.score())));
        form.whole(texts.get("point.position"), 0, 100,
                () -> (int) Math.round(point().map(CurvePoint::position).orElse(0.5) * 100),
                pos -> Merging.as("curvePoint:" + curveId + ":" + pointId + ":position",
                        move(p -> CurveEdits.moveCurvePoint(curveId, pointId, p.phaseId(), pos / 100.0, p.score()))));
        Button delete = form.button(texts.get("point.delete"));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(CurveEdits.deleteCurvePoint(curveId, pointId)));
        form.heading(texts.get("curve.heading"));
        CurveFields.addTo(form, doc, curveId, texts);
    }

    private Edit move(java.util.function.Function<CurvePoint, Edit> edit) {
        return edit.apply(point().orElseThrow());
    }

    private Optional<CurvePoint> point() {
        return doc.map().curve(curveId).flatMap(c -> c.points().stream().filter(p -> p.id().equals(pointId)).findFirst());
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        if (point().isEmpty()) {
            return false;
        }
        form.refresh();
        return true;
    }
}
