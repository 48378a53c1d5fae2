package org.journeyboard.ui.window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeyboard.ui.Messages;

/** At start: the maps a crashed run left unsaved, each to restore or discard; closing keeps them for later. */
final class RecoveryDialog extends Dialog<Dialogs.RecoveryChoice> {
    RecoveryDialog(Window owner, Messages messages, List<RecoveryOffer> offers) {
        initOwner(owner);
        setTitle(messages.get("recovery.title"));
        setHeaderText(messages.get("recovery.header"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        ListView<RecoveryOffer> list = new ListView<>();
        list.getItems().setAll(offers);
        list.setPrefSize(640, Math.max(2, Math.min(6, offers.size())) * 52 + 24);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryOffer offer, boolean empty) {
                super.updateItem(offer, empty);
                if (empty || offer == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(offer.title());
                title.getStyleClass().add("recovery-title");
                String file = offer.file() == null ? messages.get("recovery.noFile") : offer.file().toString();
                Label details = new Label(messages.get("recovery.details", file, time.format(offer.savedAt())));
                setGraphic(new VBox(2, title, details));
            }
        });
        list.getSelectionModel().selectFirst();
        List<RecoveryOffer> discarded = new ArrayList<>();
        ButtonType restore = new ButtonType(messages.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.get("recovery.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(restore, discard, later);
        Label text = new Label(messages.get("recovery.text"));
        text.setWrapText(true);
        text.setPrefWidth(640);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, text, list));
        Button discardButton = (Button) getDialogPane().lookupButton(discard);
        // discarding one row keeps the dialog open for the others
        discardButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            RecoveryOffer chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                discarded.add(chosen);
                list.getItems().remove(chosen);
            }
            if (!list.getItems().isEmpty()) {
                e.consume();
            }
        });
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> new Dialogs.RecoveryChoice(
                b == restore ? Optional.ofNullable(list.getSelectionModel().getSelectedItem()) : Optional.empty(),
                List.copyOf(discarded)));
    }
}
