package org.journeyboard.ui.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.VotingSession;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar under the toolbar while voting: whose turn, dots each, dots left, next participant, end. */
final class VotingBar extends HBox {
    private static final int MOST_DOTS = 99;

    VotingBar(VotingSession voting, Messages messages) {
        getStyleClass().add("voting-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label title = new Label(messages.get("voting.title"), new FontIcon("mdi2c-checkbox-blank-circle"));
        title.getStyleClass().add("voting-title");
        Label who = new Label();
        who.setId("voting-participant");
        who.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("voting.participant", voting.participantProperty().get()),
                voting.participantProperty()));
        Label budgetLabel = new Label(messages.get("voting.budget"));
        Spinner<Integer> budget = new Spinner<>();
        budget.setId("voting-budget");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MOST_DOTS, voting.budgetProperty().get());
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == 0 ? messages.get("voting.budget.none") : String.valueOf(n);
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        });
        budget.setValueFactory(values);
        budget.setPrefWidth(150);
        budget.setFocusTraversable(false);
        values.valueProperty().addListener((o, was, now) -> voting.setBudget(now == null ? 0 : now));
        budgetLabel.setLabelFor(budget);
        Label left = new Label();
        left.setId("voting-left");
        left.textProperty().bind(Bindings.createStringBinding(() -> voting.exhaustedProperty().get()
                        ? messages.get("voting.exhausted")
                        : messages.get("voting.left", voting.dotsLeftProperty().get(), voting.budgetProperty().get()),
                voting.dotsLeftProperty(), voting.exhaustedProperty(), voting.budgetProperty()));
        left.visibleProperty().bind(voting.budgetProperty().greaterThan(0));
        left.managedProperty().bind(left.visibleProperty());
        voting.exhaustedProperty().addListener((o, was, now) -> left.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("exhausted"), now));
        Label hint = new Label(messages.get("voting.hint"));
        hint.getStyleClass().add("voting-hint");
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button next = new Button(messages.get("voting.next"), new FontIcon("mdi2a-account-arrow-right-outline"));
        next.setId("voting-next");
        next.setFocusTraversable(false);
        next.setOnAction(e -> voting.nextParticipant());
        Button end = new Button(messages.get("voting.end"));
        end.setId("voting-end");
        end.setFocusTraversable(false);
        end.setOnAction(e -> voting.setOn(false));
        getChildren().addAll(title, who, budgetLabel, budget, left, hint, gap, next, end);
        visibleProperty().bind(voting.onProperty());
        managedProperty().bind(voting.onProperty());
    }
}
