package org.journeyboard.ui.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.ui.Messages;

/** The real dialogs: JavaFX alerts and file choosers, owned by the main window, in the window's language. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Messages messages;

    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(messages.get("unsaved.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.title"),
                messages.get("unsaved.header", documentName), messages.get("unsaved.text"), save, dontSave, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == dontSave ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public ChangedOnDiskChoice askFileChangedOnDisk(Path file, String message) {
        ButtonType reload = new ButtonType(messages.get("changed.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType(messages.get("changed.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(messages.get("changed.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("changed.title"), message,
                messages.get("changed.text"), reload, overwrite, saveAs, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == reload) {
            return ChangedOnDiskChoice.RELOAD;
        }
        if (answer == overwrite) {
            return ChangedOnDiskChoice.OVERWRITE;
        }
        return answer == saveAs ? ChangedOnDiskChoice.SAVE_AS : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser(messages.get("dialog.open.title"), folder);
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(messages.get("dialog.save.title"), folder);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<TemplateChoice> chooseTemplate(TemplateKind preselected, Language language) {
        return new TemplateDialog(owner, messages, preselected, language).showAndWait();
    }

    @Override
    public Optional<String> askFindText(String previous) {
        TextInputDialog dialog = new TextInputDialog(previous);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("find.title"));
        dialog.setHeaderText(messages.get("find.header"));
        dialog.setContentText(messages.get("find.label"));
        return dialog.showAndWait();
    }

    @Override
    public RecoveryChoice askRecovery(List<RecoveryOffer> offers) {
        return new RecoveryDialog(owner, messages, offers).showAndWait().orElse(RecoveryChoice.LATER);
    }

    @Override
    public void showError(String header, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("error.title"), header, null, ButtonType.OK);
        showDetails(alert, details);
    }

    @Override
    public void showInformation(String header, String details) {
        Alert alert = alert(Alert.AlertType.INFORMATION, messages.get("app.name"), header, details, ButtonType.OK);
        alert.showAndWait();
    }

    /** Long problem lists go into a scrolling, selectable text so that they can be copied into a mail. */
    private static void showDetails(Alert alert, String details) {
        if (details.lines().count() > 4 || details.length() > 300) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(14, (int) details.lines().count() + 1));
            alert.getDialogPane().setContent(area);
        } else {
            alert.setContentText(details);
        }
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text == null ? "" : text, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.journey"), "*.journey.json"),
                new FileChooser.ExtensionFilter(messages.get("filter.json"), "*.json"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
