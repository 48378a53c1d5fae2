package org.journeyboard.ui.inspector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SearchableComboBox;
import org.journeyboard.edit.Edit;
import org.journeyboard.model.Colour;
import org.journeyboard.ui.editor.MapDocument;

/**
 * A column of labelled fields, each tied to one value of the map: a change by the user becomes an edit through
 * {@link MapDocument#apply}, and {@link #refresh()} shows the map's current values again (after undo) without
 * touching a field that already shows the right value, so the caret stays where the user types.
 */
final class Form {
    private final MapDocument doc;
    private final VBox box = new VBox(4);
    private final List<Runnable> refreshers = new ArrayList<>();
    // true while refresh() writes into controls, so that their listeners do not turn that into edits
    private boolean updating;

    Form(MapDocument doc) {
        this.doc = doc;
        box.getStyleClass().add("inspector-form");
    }

    VBox node() {
        return box;
    }

    /** Shows the current values of the map in every field that shows something else. */
    void refresh() {
        quietly(() -> refreshers.forEach(Runnable::run));
    }

    /** Applies an edit made by the user; ignored while the form itself is updating its fields. */
    void apply(Edit edit) {
        if (!updating) {
            doc.apply(edit);
        }
    }

    void quietly(Runnable change) {
        boolean was = updating;
        updating = true;
        try {
            change.run();
        } finally {
            updating = was;
        }
    }

    Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-heading");
        label.setWrapText(true);
        box.getChildren().add(label);
        return label;
    }

    /** A label above {@code control}; returns the control. */
    <N extends Node> N row(String labelText, N control) {
        Label label = new Label(labelText);
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(control);
        if (control instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setAccessibleText(labelText);
        }
        box.getChildren().addAll(label, control);
        return control;
    }

    /** A node spanning the form without a label (buttons, lists). */
    <N extends Node> N add(N node) {
        box.getChildren().add(node);
        return node;
    }

    /** A row of buttons that wraps when the panel is narrow, so no button text is cut off. */
    void buttons(javafx.scene.control.Button... buttons) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(6, 6, buttons);
        row.getStyleClass().add("inspector-buttons");
        for (javafx.scene.control.Button b : buttons) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        box.getChildren().add(row);
    }

    /** One button on its own row. */
    javafx.scene.control.Button button(String text) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        buttons(button);
        return button;
    }

    TextField text(String label, Supplier<String> value, Function<String, Edit> edit) {
        TextField field = row(label, new TextField());
        tie(field, value, edit);
        return field;
    }

    TextArea area(String label, int rows, Supplier<String> value, Function<String, Edit> edit) {
        TextArea area = row(label, new TextArea());
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        tie(area, value, edit);
        return area;
    }

    /** A text area with one entry per line; blank lines are dropped and each line is trimmed. */
    TextArea lines(String label, Supplier<List<String>> value, Function<List<String>, Edit> edit) {
        TextArea area = row(label, new TextArea());
        area.setPrefRowCount(Math.max(3, Math.min(6, value.get().size() + 1)));
        area.setWrapText(true);
        area.setText(String.join("\n", value.get()));
        area.textProperty().addListener((o, was, now) -> apply(edit.apply(lines(now))));
        refreshers.add(() -> {
            List<String> v = value.get();
            if (!lines(area.getText()).equals(v)) {
                area.setText(String.join("\n", v));
            }
        });
        return area;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n", -1)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Ties any text control to a string value of the map (no label), e.g. a cell of a KPI row. */
    void tie(TextInputControl field, Supplier<String> value, Function<String, Edit> edit) {
        field.setText(value.get());
        field.textProperty().addListener((o, was, now) -> apply(edit.apply(now)));
        refreshers.add(() -> {
            String v = value.get();
            if (!field.getText().equals(v)) {
                field.setText(v);
            }
        });
    }

    <T> ComboBox<Choice<T>> choice(String label, Supplier<List<Choice<T>>> choices, Supplier<T> value,
                                   Function<T, Edit> edit) {
        return tieChoice(row(label, new ComboBox<>()), choices, value, edit);
    }

    /** Like {@link #choice} with a search field in the drop-down (ControlsFX), for long lists. */
    <T> ComboBox<Choice<T>> searchableChoice(String label, Supplier<List<Choice<T>>> choices, Supplier<T> value,
                                             Function<T, Edit> edit) {
        return tieChoice(row(label, new SearchableComboBox<>()), choices, value, edit);
    }

    private <T> ComboBox<Choice<T>> tieChoice(ComboBox<Choice<T>> box, Supplier<List<Choice<T>>> choices,
                                             Supplier<T> value, Function<T, Edit> edit) {
        Runnable show = () -> {
            List<Choice<T>> now = choices.get();
            if (!box.getItems().equals(now)) {
                box.getItems().setAll(now);
            }
            T v = value.get();
            Choice<T> selected = box.getValue();
            if (selected == null || !Objects.equals(selected.value(), v)) {
                box.setValue(now.stream().filter(c -> Objects.equals(c.value(), v)).findFirst().orElse(null));
            }
        };
        quietly(show);
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating) {
                apply(edit.apply(now.value()));
            }
        });
        refreshers.add(show);
        return box;
    }

    CheckBox check(String text, Supplier<Boolean> value, Function<Boolean, Edit> edit) {
        CheckBox box = add(new CheckBox(text));
        box.setSelected(value.get());
        box.selectedProperty().addListener((o, was, now) -> apply(edit.apply(now)));
        refreshers.add(() -> {
            if (box.isSelected() != value.get()) {
                box.setSelected(value.get());
            }
        });
        return box;
    }

    ColorPicker colour(String label, Supplier<Colour> value, Function<Colour, Edit> edit) {
        ColorPicker picker = row(label, new ColorPicker(FxColours.fx(value.get())));
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                apply(edit.apply(FxColours.model(now)));
            }
        });
        refreshers.add(() -> {
            if (!FxColours.model(picker.getValue()).equals(value.get())) {
                picker.setValue(FxColours.fx(value.get()));
            }
        });
        return picker;
    }

    Spinner<Double> number(String label, double min, double max, double step, Supplier<Double> value,
                           Function<Double, Edit> edit) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, clamp(value.get(), min, max), step);
        factory.setConverter(forgiving(factory.getConverter(), factory::getValue));
        Spinner<Double> spinner = row(label, new Spinner<>(factory));
        spinner.setEditable(true);
        factory.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                apply(edit.apply(now));
            }
        });
        refreshers.add(() -> {
            double v = clamp(value.get(), min, max);
            if (factory.getValue() == null || factory.getValue() != v) {
                factory.setValue(v);
            }
        });
        return spinner;
    }

    Spinner<Integer> whole(String label, int min, int max, Supplier<Integer> value, Function<Integer, Edit> edit) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value.get())));
        factory.setConverter(forgiving(factory.getConverter(), factory::getValue));
        Spinner<Integer> spinner = row(label, new Spinner<>(factory));
        spinner.setEditable(true);
        factory.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                apply(edit.apply(now));
            }
        });
        refreshers.add(() -> {
            int v = Math.max(min, Math.min(max, value.get()));
            if (factory.getValue() == null || factory.getValue() != v) {
                factory.setValue(v);
            }
        });
        return spinner;
    }

    /** Stars 1..5 (ControlsFX); Left/Right or the digit keys change it without a mouse. */
    Rating rating(String label, Supplier<Integer> value, Function<Integer, Edit> edit) {
        Rating rating = row(label, new Rating(5, value.get()));
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setFocusTraversable(true);
        rating.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rating.ratingProperty().addListener((o, was, now) -> {
            int v = (int) Math.round(now.doubleValue());
            if (v >= 1 && v != (int) Math.round(was.doubleValue())) {
                apply(edit.apply(v));
            }
        });
        rating.setOnKeyPressed(e -> {
            int v = (int) Math.round(rating.getRating());
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP) {
                rating.setRating(Math.min(5, v + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN) {
                rating.setRating(Math.max(1, v - 1));
                e.consume();
            } else if (e.getCode().isDigitKey() && !e.getText().isEmpty()) {
                int digit = e.getText().charAt(0) - '0';
                if (digit >= 1 && digit <= 5) {
                    rating.setRating(digit);
                    e.consume();
                }
            }
        });
        refreshers.add(() -> {
            if ((int) Math.round(rating.getRating()) != value.get()) {
                rating.setRating(value.get());
            }
        });
        return rating;
    }

    /** A converter that keeps the current value when typed text is not a number, instead of throwing mid-event. */
    private static <T> javafx.util.StringConverter<T> forgiving(javafx.util.StringConverter<T> plain, Supplier<T> current) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return plain.toString(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    T value = plain.fromString(text == null ? "" : text.strip());
                    return value == null ? current.get() : value;
                } catch (RuntimeException e) {
                    return current.get();
                }
            }
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
