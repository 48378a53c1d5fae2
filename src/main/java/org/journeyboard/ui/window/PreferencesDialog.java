package org.journeyboard.ui.window;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.journeyboard.ui.Messages;

/** Edit › Preferences: the window's language (takes effect at the next start) and its light or dark look. */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    static void show(MainWindow window) {
        Messages messages = window.messages();
        WindowSettings settings = window.settings();
        ComboBox<WindowSettings.UiLanguage> language = new ComboBox<>();
        language.getItems().setAll(WindowSettings.UiLanguage.values());
        language.setValue(settings.language());
        language.setConverter(names(messages, "preferences.language."));
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setValue(window.theme());
        theme.setConverter(names(messages, "preferences.theme."));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label languageLabel = new Label(messages.get("preferences.language"));
        languageLabel.setLabelFor(language);
        Label themeLabel = new Label(messages.get("preferences.theme"));
        themeLabel.setLabelFor(theme);
        Label note = new Label(messages.get("preferences.restart"));
        note.getStyleClass().add("text-muted");
        grid.addRow(0, languageLabel, language);
        grid.add(note, 1, 1);
        grid.addRow(2, themeLabel, theme);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setTitle(messages.get("preferences.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        settings.setLanguage(language.getValue());
        if (theme.getValue() != window.theme()) {
            window.toggleTheme();
        }
    }

    private static <T extends Enum<T>> StringConverter<T> names(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(prefix + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
