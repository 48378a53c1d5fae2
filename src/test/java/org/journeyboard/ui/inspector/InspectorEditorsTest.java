package org.journeyboard.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorEditorsTest {
    private final JourneyMap sample = Samples.all().get(2).map();
    private MapDocument doc;

    private InspectorPane inspector;

    @Start
    void start(Stage stage) {
        doc = new MapDocument(sample, null, Locale.ENGLISH);
        inspector = new InspectorPane(doc);
        stage.setScene(new Scene(inspector, 340, 760));
        stage.show();
    }

    @Test
    void kpisAreAddedAndEditedRowByRow(FxRobot robot) {
        Phase phase = sample.phases().get(0);
        robot.interact(() -> doc.select(new Selection.PhaseSelected(phase.id())));
        int before = phase.kpis().size();
        robot.clickOn("Add KPI");
        List<Kpi> kpis = doc.map().phase(phase.id()).orElseThrow().kpis();
        assertThat(kpis).hasSize(before + 1);
        assertThat(kpis.get(before).name()).isEqualTo("New KPI");
        // the new row is there: its name field shows the new KPI's name
        assertThat(robot.lookup((TextField f) -> "New KPI".equals(f.getText())).tryQuery()).isPresent();
        // target and actual value get most of the panel's width, not a sliver beside their labels
        TextField nameField = robot.lookup((TextField f) -> "New KPI".equals(f.getText())).query();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            inspector.applyCss();
            inspector.layout();
        });
        for (String field : List.of("Target", "Actual")) {
            for (TextField value : robot.lookup((TextField f) -> field.equals(f.getAccessibleText())).queryAllAs(TextField.class)) {
                assertThat(value.getWidth()).as(field).isGreaterThan(nameField.getWidth() * 0.6).isGreaterThan(180);
            }
        }
        robot.interact(doc::undo);
        assertThat(doc.map().phase(phase.id()).orElseThrow().kpis()).hasSize(before);
        assertThat(robot.lookup((TextField f) -> "New KPI".equals(f.getText())).tryQuery()).isEmpty();
    }

    @Test
    void strategiesAreOnePerLineAndFollowUndo(FxRobot robot) {
        Phase phase = sample.phases().get(1);
        robot.interact(() -> doc.select(new Selection.PhaseSelected(phase.id())));
        TextArea strategies = robot.lookup((TextArea a) -> a.getText().equals(String.join("\n", phase.strategies())))
                .queryAs(TextArea.class);
        robot.interact(() -> strategies.appendText("\n  Podcast  \n"));
        assertThat(doc.map().phase(phase.id()).orElseThrow().strategies()).endsWith("Podcast");
        // the field keeps what the user typed, including the new empty line, since the model agrees with it
        assertThat(strategies.getText()).endsWith("  Podcast  \n");
        robot.interact(doc::undo);
        assertThat(strategies.getText()).isEqualTo(String.join("\n", phase.strategies()));
    }

    @Test
    void aLaneIsHiddenAndRenamed(FxRobot robot) {
        Lane lane = sample.lanes().get(1);
        robot.interact(() -> doc.select(new Selection.LaneSelected(lane.id())));
        robot.clickOn(robot.lookup(".check-box").queryAs(CheckBox.class));
        assertThat(doc.map().lane(lane.id()).orElseThrow().hidden()).isTrue();
        TextField title = robot.lookup("#inspector-lane-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("Doing"));
        assertThat(doc.map().lane(lane.id()).orElseThrow().title()).isEqualTo("Doing");
    }

    @Test
    void aCurvePointsScoreAndItsCurvesNameAreEdited(FxRobot robot) {
        EmotionCurve curve = sample.curves().get(0);
        CurvePoint point = curve.points().get(0);
        robot.interact(() -> doc.select(new Selection.CurvePointSelected(curve.id(), point.id())));
        @SuppressWarnings("unchecked")
        ComboBox<Choice<Integer>> score = robot.lookup("#inspector-point-score").queryAs(ComboBox.class);
        int other = point.score() == 2 ? -2 : 2;
        robot.interact(() -> score.setValue(score.getItems().stream().filter(c -> c.value() == other).findFirst()
                .orElseThrow()));
        assertThat(doc.map().curve(curve.id()).orElseThrow().points().get(0).score()).isEqualTo(other);
        TextField name = robot.lookup("#inspector-curve-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("As is"));
        assertThat(doc.map().curve(curve.id()).orElseThrow().name()).isEqualTo("As is");
    }

    @Test
    void theMapInspectorAddsPersonasAndCurves(FxRobot robot) {
        robot.interact(() -> doc.select(Selection.NONE));
        List<Button> add = robot.lookup((Button b) -> "Add".equals(b.getText())).queryAllAs(Button.class)
                .stream().toList();
        assertThat(add).hasSize(2);
        robot.interact(() -> add.get(1).fire());
        assertThat(doc.map().curves()).hasSize(sample.curves().size() + 1);
        EmotionCurve added = doc.map().curves().get(sample.curves().size());
        // the new curve is selected in the list and its fields are shown below
        TextField curveName = robot.lookup("#inspector-curve-name").queryAs(TextField.class);
        assertThat(curveName.getText()).isEqualTo(added.name());
        robot.interact(() -> curveName.setText("To be"));
        assertThat(doc.map().curve(added.id()).orElseThrow().name()).isEqualTo("To be");
        robot.interact(() -> add.get(0).fire());
        assertThat(doc.map().personas()).hasSize(sample.personas().size() + 1);
        assertThat(doc.selection()).isInstanceOf(Selection.PersonaSelected.class);
        assertThat(robot.lookup("#inspector-persona-name").queryAs(TextField.class).getText())
                .isEqualTo(doc.map().personas().get(sample.personas().size()).name());
    }

    @Test
    void movingThroughEmptyCellsKeepsTheMapsFields(FxRobot robot) {
        SelectionEditor mapEditor = inspector.editor();
        assertThat(mapEditor).isInstanceOf(MapEditor.class);
        robot.interact(() -> doc.select(new Selection.CellSelected(sample.phases().get(0).id(), sample.lanes().get(0).id())));
        robot.interact(() -> doc.select(new Selection.CellSelected(sample.phases().get(1).id(), sample.lanes().get(0).id())));
        assertThat(inspector.editor()).isSameAs(mapEditor);
        robot.interact(() -> doc.select(new Selection.PhaseSelected(sample.phases().get(1).id())));
        assertThat(inspector.editor()).isInstanceOf(PhaseEditor.class);
    }

    @Test
    void aWidthThatIsNotANumberKeepsTheOldWidth(FxRobot robot) {
        Phase phase = sample.phases().get(0);
        robot.interact(() -> doc.select(new Selection.PhaseSelected(phase.id())));
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Double> width = robot.lookup(".spinner").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> {
            width.getEditor().setText("wide");
            width.commitValue();
        });
        assertThat(doc.map().phase(phase.id()).orElseThrow().width()).isEqualTo(phase.width());
        robot.interact(() -> {
            width.getEditor().setText("300");
            width.commitValue();
        });
        assertThat(doc.map().phase(phase.id()).orElseThrow().width()).isEqualTo(300);
    }
}
