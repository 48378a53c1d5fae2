package org.journeyboard.ui.window;

import java.util.Arrays;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.ui.Messages;

/** "New from template…": the phase models with their descriptions, and the language the map is written in. */
final class TemplateDialog extends Dialog<Dialogs.TemplateChoice> {
    TemplateDialog(Window owner, Messages messages, TemplateKind preselected, Language language) {
        initOwner(owner);
        setTitle(messages.get("template.title"));
        setHeaderText(messages.get("template.header"));
        ComboBox<Language> languages = new ComboBox<>();
        languages.getItems().setAll(Language.values());
        languages.setValue(language);
        languages.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : messages.get("language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        ListView<TemplateKind> kinds = new ListView<>();
        kinds.getItems().setAll(Arrays.asList(TemplateKind.values()));
        kinds.setPrefHeight(4 * 44 + 8);
        kinds.setPrefWidth(520);
        kinds.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateKind kind, boolean empty) {
                super.updateItem(kind, empty);
                if (empty || kind == null) {
                    setGraphic(null);
                    return;
                }
                Language l = languages.getValue();
                Label name = new Label(TemplateNames.title(kind, l));
                name.getStyleClass().add("template-name");
                Label description = new Label(TemplateNames.description(kind, l));
                description.setWrapText(true);
                description.setMaxWidth(480);
                description.getStyleClass().add("template-description");
                setGraphic(new VBox(2, name, description));
            }
        });
        Label details = new Label();
        details.setWrapText(true);
        details.setPrefWidth(520);
        details.setMinHeight(64);
        details.getStyleClass().add("template-description");
        Runnable showDetails = () -> {
            TemplateKind k = kinds.getSelectionModel().getSelectedItem();
            details.setText(k == null ? "" : TemplateNames.description(k, languages.getValue()));
        };
        kinds.getSelectionModel().selectedItemProperty().addListener(o -> showDetails.run());
        languages.valueProperty().addListener((o, a, b) -> {
            kinds.refresh();
            showDetails.run();
        });
        kinds.getSelectionModel().select(preselected);
        Label languageLabel = new Label(messages.get("template.language"));
        languageLabel.setLabelFor(languages);
        HBox languageRow = new HBox(8, languageLabel, languages);
        languageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getDialogPane().setContent(new VBox(12, kinds, details, languageRow));
        ButtonType create = new ButtonType(messages.get("template.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().lookupButton(create).disableProperty()
                .bind(kinds.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == create
                ? new Dialogs.TemplateChoice(kinds.getSelectionModel().getSelectedItem(), languages.getValue())
                : null);
        setOnShown(e -> kinds.requestFocus());
    }
}
