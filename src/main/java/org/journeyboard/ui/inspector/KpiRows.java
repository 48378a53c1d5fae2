package org.journeyboard.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.journeyboard.edit.PhaseEdits;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.editor.MapDocument;

/** A phase's KPIs as rows of name, target and actual value, with add and remove; typing merges like other fields. */
final class KpiRows {
    private final MapDocument doc;
    private final String phaseId;
    private final int rows;

    KpiRows(MapDocument doc, String phaseId, Form form, InspectorTexts texts) {
        this.doc = doc;
        this.phaseId = phaseId;
        List<Kpi> kpis = kpis();
        this.rows = kpis.size();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        // each KPI takes three lines: its name (and the remove button) across the panel, then target and actual
        // value, each with its small label before it and the rest of the panel's width: values are free text
        // ("1.2 million contacts"), which two fields side by side cut off in a panel 300 pixels wide
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.setMaxWidth(Double.MAX_VALUE);
        for (int i = 0; i < kpis.size(); i++) {
            int index = i;
            TextField name = new TextField();
            TextField target = new TextField();
            TextField actual = new TextField();
            name.setPromptText(texts.get("kpi.name"));
            name.setAccessibleText(texts.get("kpi.name"));
            target.setAccessibleText(texts.get("kpi.target"));
            actual.setAccessibleText(texts.get("kpi.actual"));
            for (TextField f : List.of(name, target, actual)) {
                // a small preferred width lets the row shrink to the panel instead of pushing it wider
                f.setPrefColumnCount(4);
                f.setMinWidth(0);
                f.setMaxWidth(Double.MAX_VALUE);
            }
            form.tie(name, () -> kpi(index).name(), v -> change(index, k -> new Kpi(v, k.target(), k.actual(), k.extras())));
            form.tie(target, () -> kpi(index).target(),
                    v -> change(index, k -> new Kpi(k.name(), v, k.actual(), k.extras())));
            form.tie(actual, () -> kpi(index).actual(),
                    v -> change(index, k -> new Kpi(k.name(), k.target(), v, k.extras())));
            Button remove = new Button("\u2212");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText(texts.get("kpi.remove"));
            remove.setTooltip(new javafx.scene.control.Tooltip(texts.get("kpi.remove")));
            remove.setOnAction(e -> {
                List<Kpi> list = new ArrayList<>(kpis());
                list.remove(index);
                doc.apply(PhaseEdits.setPhaseKpis(phaseId, list));
            });
            HBox nameRow = new HBox(6, name, remove);
            HBox.setHgrow(name, Priority.ALWAYS);
            grid.add(nameRow, 0, 3 * i, 2, 1);
            grid.addRow(3 * i + 1, small(texts.get("kpi.target"), target), target);
            grid.addRow(3 * i + 2, small(texts.get("kpi.actual"), actual), actual);
            if (i > 0) {
                GridPane.setMargin(nameRow, new javafx.geometry.Insets(10, 0, 0, 0));
            }
        }
        form.row(texts.get("phase.kpis"), grid);
        Button add = form.button(texts.get("kpi.add"));
        add.setOnAction(e -> {
            List<Kpi> list = new ArrayList<>(kpis());
            list.add(new Kpi(texts.get("kpi.new"), "", ""));
            doc.apply(PhaseEdits.setPhaseKpis(phaseId, list));
        });
    }

    /** Whether the phase still has as many KPIs as there are rows (else the inspector rebuilds them). */
    boolean fits() {
        return kpis().size() == rows;
    }

    /** The small label before a field. */
    private static Label small(String text, TextField field) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(field);
        label.setPadding(javafx.geometry.Insets.EMPTY);
        return label;
    }

    private List<Kpi> kpis() {
        return doc.map().phase(phaseId).map(Phase::kpis).orElse(List.of());
    }

    private Kpi kpi(int index) {
        List<Kpi> kpis = kpis();
        return index < kpis.size() ? kpis.get(index) : new Kpi("", "", "");
    }

    private org.journeyboard.edit.Edit change(int index, UnaryOperator<Kpi> change) {
        List<Kpi> list = new ArrayList<>(kpis());
        list.set(index, change.apply(list.get(index)));
        return PhaseEdits.setPhaseKpis(phaseId, list);
    }
}
