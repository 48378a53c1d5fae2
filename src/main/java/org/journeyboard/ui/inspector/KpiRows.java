package org.journeyboard.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
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
        grid.setHgap(4);
        grid.setVgap(4);
        // each KPI takes two lines: its name across the panel, then target and actual value with small labels
        for (int c = 0; c < 5; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(c == 1 || c == 3 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(col);
        }
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
                f.setPrefColumnCount(3);
                f.setMinWidth(0);
            }
            form.tie(name, () -> kpi(index).name(), v -> change(index, k -> new Kpi(v, k.target(), k.actual(), k.extras())));
            form.tie(target, () -> kpi(index).target(),
                    v -> change(index, k -> new Kpi(k.name(), v, k.actual(), k.extras())));
            form.tie(actual, () -> kpi(index).actual(),
                    v -> change(index, k -> new Kpi(k.name(), k.target(), v, k.extras())));
            Button remove = new Button("\u2212");
            remove.setAccessibleText(texts.get("kpi.remove"));
            remove.setTooltip(new javafx.scene.control.Tooltip(texts.get("kpi.remove")));
            remove.setOnAction(e -> {
                List<Kpi> list = new ArrayList<>(kpis());
                list.remove(index);
                doc.apply(PhaseEdits.setPhaseKpis(phaseId, list));
            });
            grid.add(name, 0, 2 * i, 4, 1);
            grid.add(remove, 4, 2 * i);
            grid.addRow(2 * i + 1, small(texts.get("kpi.target")), target, small(texts.get("kpi.actual")), actual);
            if (i > 0) {
                GridPane.setMargin(name, new javafx.geometry.Insets(6, 0, 0, 0));
                GridPane.setMargin(remove, new javafx.geometry.Insets(6, 0, 0, 0));
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

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-label");
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
