package org.journeyboard.ui.inspector;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.edit.PersonaEdits;
import org.journeyboard.model.Colour;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;

/** The inspector with nothing selected: the map's title, description, author, language, personas and curves. */
final class MapEditor implements SelectionEditor {
    /** Colours new curves cycle through, distinct from each other and from the phase header defaults. */
    private static final List<Colour> CURVE_COLOURS = org.journeyboard.paint.MapColours.CURVES;

    private final MapDocument doc;
    private final InspectorTexts texts;
    private final Form form;
    private final VBox root = new VBox(10);
    private final IdList personas;
    private final IdList curves;
    private final VBox curveBox = new VBox();
    private Form curveForm;
    private String curveFormFor;

    MapEditor(MapDocument doc, InspectorTexts texts) {
        this.doc = doc;
        this.texts = texts;
        this.form = new Form(doc);
        Choices choices = new Choices(texts);
        form.heading(texts.get("map.heading"));
        form.text(texts.get("map.title"), () -> doc.map().title(), MapEdits::setTitle).setId("inspector-map-title");
        form.area(texts.get("map.description"), 3, () -> doc.map().description(), MapEdits::setDescription);
        form.text(texts.get("map.author"), () -> doc.map().author(), MapEdits::setAuthor);
        form.choice(texts.get("map.language"), choices::languages, () -> doc.map().language(), MapEdits::setLanguage);

        form.heading(texts.get("map.personas"));
        personas = form.add(new IdList(() -> doc.map().personas().stream()
                .map(p -> new Choice<>(p.id(), choices.orUnnamed(p.name()))).toList(), texts.get("map.personas")));
        personas.setId("inspector-personas");
        personas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editPersona();
            }
        });
        personas.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editPersona();
            }
        });
        Button addPersona = new Button(texts.get("map.persona.add"));
        addPersona.setOnAction(e -> addPersona());
        Button editPersona = new Button(texts.get("map.persona.edit"));
        editPersona.setOnAction(e -> editPersona());
        Button removePersona = new Button(texts.get("map.persona.remove"));
        removePersona.setOnAction(e -> personas.selectedId()
                .ifPresent(id -> doc.apply(PersonaEdits.deletePersona(id))));
        editPersona.disableProperty().bind(personas.getSelectionModel().selectedItemProperty().isNull());
        removePersona.disableProperty().bind(personas.getSelectionModel().selectedItemProperty().isNull());
        form.buttons(addPersona, editPersona, removePersona);

        form.heading(texts.get("map.curves"));
        curves = form.add(new IdList(() -> doc.map().curves().stream()
                .map(c -> new Choice<>(c.id(), choices.orUnnamed(c.name()))).toList(), texts.get("map.curves")));
        curves.setId("inspector-curves");
        curves.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!curves.isUpdating()) {
                showCurve();
            }
        });
        Button addCurve = new Button(texts.get("map.curve.add"));
        addCurve.setOnAction(e -> addCurve());
        Button removeCurve = new Button(texts.get("map.curve.remove"));
        removeCurve.setOnAction(e -> curves.selectedId().ifPresent(id -> doc.apply(CurveEdits.deleteCurve(id))));
        removeCurve.disableProperty().bind(curves.getSelectionModel().selectedItemProperty().isNull());
        form.buttons(addCurve, removeCurve);
        root.getChildren().addAll(form.node(), curveBox);
    }

    private void addPersona() {
        JourneyMap map = doc.map();
        String id = Ids.nextNotIn("persona", Ids.allIn(map));
        Persona persona = new Persona(id, texts.get("persona.new", map.personas().size() + 1), "");
        doc.apply(PersonaEdits.addPersona(persona, Integer.MAX_VALUE), new Selection.PersonaSelected(id));
    }

    private void editPersona() {
        personas.selectedId().ifPresent(id -> doc.select(new Selection.PersonaSelected(id)));
    }

    private void addCurve() {
        JourneyMap map = doc.map();
        String id = Ids.nextNotIn("curve", Ids.allIn(map));
        Colour colour = CURVE_COLOURS.get(map.curves().size() % CURVE_COLOURS.size());
        String persona = map.personas().isEmpty() ? null : map.personas().get(0).id();
        doc.apply(CurveEdits.addCurve(new EmotionCurve(id, texts.get("curve.new", map.curves().size() + 1), colour,
                persona, List.of())));
        curves.update();
        curves.select(id);
    }

    /** The fields of the curve selected in the list, below it. */
    private void showCurve() {
        String id = curves.selectedId().orElse(null);
        if (java.util.Objects.equals(id, curveFormFor)) {
            return;
        }
        curveFormFor = id;
        curveBox.getChildren().clear();
        curveForm = null;
        if (id != null) {
            curveForm = new Form(doc);
            CurveFields.addTo(curveForm, doc, id, texts);
            curveBox.getChildren().add(curveForm.node());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean refresh() {
        form.refresh();
        personas.update();
        curves.update();
        showCurve();
        if (curveForm != null) {
            curveForm.refresh();
        }
        return true;
    }
}
