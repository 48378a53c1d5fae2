package org.journeyboard.ui.inspector;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import org.journeyboard.edit.PersonaEdits;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Picture;
import org.journeyboard.ui.editor.MapDocument;

/** The inspector for a persona: name, description, goals, needs, frustrations and picture. */
final class PersonaEditor implements SelectionEditor {
    private final MapDocument doc;
    private final String id;
    private final InspectorTexts texts;
    private final Form form;
    private final ImageView image = new ImageView();
    private final Label pictureProblem = new Label();
    private Picture shownPicture;

    PersonaEditor(MapDocument doc, String id, InspectorTexts texts) {
        this.doc = doc;
        this.id = id;
        this.texts = texts;
        this.form = new Form(doc);
        form.heading(texts.get("persona.heading"));
        form.text(texts.get("persona.name"), () -> persona().map(Persona::name).orElse(""),
                v -> PersonaEdits.setPersonaName(id, v)).setId("inspector-persona-name");
        form.area(texts.get("persona.role"), 2, () -> persona().map(Persona::role).orElse(""),
                v -> PersonaEdits.setPersonaRole(id, v)).setId("inspector-persona-role");
        form.lines(texts.get("persona.goals"), () -> persona().map(Persona::goals).orElse(List.of()),
                v -> PersonaEdits.setPersonaGoals(id, v)).setId("inspector-persona-goals");
        form.lines(texts.get("persona.needs"), () -> persona().map(Persona::needs).orElse(List.of()),
                v -> PersonaEdits.setPersonaNeeds(id, v));
        form.lines(texts.get("persona.frustrations"), () -> persona().map(Persona::frustrations).orElse(List.of()),
                v -> PersonaEdits.setPersonaFrustrations(id, v));
        image.setFitWidth(96);
        image.setFitHeight(96);
        image.setPreserveRatio(true);
        form.row(texts.get("persona.picture"), image);
        Button choose = new Button(texts.get("picture.choose"));
        choose.setOnAction(e -> chooseFile().ifPresent(this::setPicture));
        Button remove = new Button(texts.get("picture.remove"));
        remove.setOnAction(e -> doc.apply(PersonaEdits.setPersonaPicture(id, null)));
        remove.disableProperty().bind(image.imageProperty().isNull());
        form.buttons(choose, remove);
        pictureProblem.getStyleClass().add("inspector-problem");
        pictureProblem.setWrapText(true);
        pictureProblem.setId("inspector-picture-problem");
        pictureProblem.managedProperty().bind(pictureProblem.textProperty().isNotEmpty());
        image.managedProperty().bind(image.imageProperty().isNotNull());
        form.add(pictureProblem);
        Button delete = form.button(texts.get("persona.delete"));
        delete.getStyleClass().add("inspector-danger");
        delete.setOnAction(e -> doc.apply(PersonaEdits.deletePersona(id)));
        showPicture();
    }

    /** Sets the picture from a file, or shows why the file cannot be used (not PNG/JPEG, too large, unreadable). */
    void setPicture(Path file) {
        try {
            Picture picture = PictureFile.read(file);
            pictureProblem.setText("");
            doc.apply(PersonaEdits.setPersonaPicture(id, picture));
        } catch (PictureFile.Refused e) {
            pictureProblem.setText(texts.get(e.textKey(), file.getFileName()));
        }
    }

    String pictureProblem() {
        return pictureProblem.getText();
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("picture.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("picture.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File file = chooser.showOpenDialog(image.getScene() == null ? null : image.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void showPicture() {
        Picture picture = persona().map(Persona::picture).orElse(null);
        if (java.util.Objects.equals(picture, shownPicture) && (picture == null) == (image.getImage() == null)) {
            return;
        }
        shownPicture = picture;
        image.setImage(picture == null ? null : new Image(new ByteArrayInputStream(picture.data())));
    }

    private Optional<Persona> persona() {
        return doc.map().persona(id);
    }

    @Override
    public Node node() {
        return form.node();
    }

    @Override
    public boolean refresh() {
        if (persona().isEmpty()) {
            return false;
        }
        form.refresh();
        showPicture();
        return true;
    }
}
