package org.journeyboard.ui.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportJob.Format;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.WorksheetPart;
import org.journeyboard.ui.export.ExportSettings.PngSizing;
import org.journeyboard.ui.export.ExportSettings.Sizing;

/** The left half of the Export and Print dialogs: one control per setting, bound to the view-model. */
final class SettingsForm {
    private final ExportViewModel vm;
    private final ExportTexts texts;
    /** Adapters between int properties and spinners; bidirectional bindings hold them only weakly. */
    private final List<Object> keepAlive = new ArrayList<>();

    SettingsForm(ExportViewModel vm) {
        this.vm = vm;
        this.texts = vm.texts();
    }

    /** The form; {@code forPrint} leaves out what printing does not use (format, picture options). */
    Node build(boolean forPrint) {
        VBox box = new VBox(14);
        box.getStyleClass().add("export-settings");
        BooleanBinding pdf = vm.formatProperty().isEqualTo(Format.PDF);
        if (!forPrint) {
            box.getChildren().add(section("section.format", formatChoice()));
        }
        box.getChildren().addAll(
                shownWhen(pdf, section("section.paper", paperChoice())),
                shownWhen(pdf, section("section.size", sizingChoice())),
                shownWhen(pdf, section("section.worksheet", worksheetChoice())),
                shownWhen(pdf, section("section.extras", extrasChoice())));
        if (!forPrint) {
            box.getChildren().add(shownWhen(pdf.not(), section("section.picture", pictureChoice())));
        }
        return box;
    }

    private Node formatChoice() {
        Map<Format, RadioButton> buttons = new LinkedHashMap<>();
        for (Format f : Format.values()) {
            buttons.put(f, radio("format." + f.name(), "format-" + f.extension()));
        }
        bindToggles(buttons, vm.formatProperty());
        return new VBox(6, buttons.values().toArray(Node[]::new));
    }

    private Node paperChoice() {
        ComboBox<Paper> paper = new ComboBox<>(FXCollections.observableArrayList(Paper.values()));
        paper.setId("paper");
        paper.setConverter(converter(Paper::displayName));
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        ComboBox<Orientation> orientation = new ComboBox<>(FXCollections.observableArrayList(Orientation.values()));
        orientation.setId("orientation");
        orientation.setConverter(converter(o -> texts.get("orientation." + o.name())));
        orientation.valueProperty().bindBidirectional(vm.orientationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(texts.get("paper")), paper);
        grid.addRow(1, new Label(texts.get("orientation")), orientation);
        return grid;
    }

    private Node sizingChoice() {
        Map<Sizing, RadioButton> buttons = new LinkedHashMap<>();
        for (Sizing s : Sizing.values()) {
            buttons.put(s, radio("sizing." + s.name(), "sizing-" + s.name().toLowerCase(Locale.ROOT)));
        }
        bindToggles(buttons, vm.sizingProperty());
        Spinner<Integer> scale = spinner("scale", ExportSettings.MIN_SCALE_PERCENT, ExportSettings.MAX_SCALE_PERCENT,
                5, vm.scalePercentProperty());
        Spinner<Integer> columns = spinner("tile-columns", 1, ExportSettings.MAX_TILES, 1, vm.tileColumnsProperty());
        Spinner<Integer> rows = spinner("tile-rows", 1, ExportSettings.MAX_TILES, 1, vm.tileRowsProperty());
        scale.disableProperty().bind(vm.sizingProperty().isNotEqualTo(Sizing.SCALE));
        columns.disableProperty().bind(vm.sizingProperty().isNotEqualTo(Sizing.TILES));
        rows.disableProperty().bind(vm.sizingProperty().isNotEqualTo(Sizing.TILES));
        return new VBox(6, buttons.get(Sizing.FIT),
                row(buttons.get(Sizing.SCALE), scale, new Label(texts.get("sizing.percent"))),
                row(buttons.get(Sizing.TILES), columns, new Label(texts.get("sizing.times")), rows,
                        new Label(texts.get("sizing.sheets"))));
    }

    private Node worksheetChoice() {
        VBox box = new VBox(6);
        for (WorksheetPart part : WorksheetPart.values()) {
            CheckBox check = new CheckBox(texts.get("part." + part.name()));
            check.setId("part-" + part.code());
            check.selectedProperty().bindBidirectional(vm.worksheetProperty(part));
            box.getChildren().add(check);
        }
        Label hint = new Label();
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> texts.get("worksheet.hint",
                ExportJob.answerKeyName(vm.suggestedFileName())),
                vm.settingsProperty()));
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.settings().isWorksheet(),
                vm.settingsProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        box.getChildren().add(hint);
        return box;
    }

    private Node extrasChoice() {
        CheckBox appendix = new CheckBox(texts.get("extras.appendix"));
        appendix.setId("appendix");
        appendix.selectedProperty().bindBidirectional(vm.appendixProperty());
        CheckBox phasePage = new CheckBox(texts.get("extras.phasePage"));
        phasePage.setId("phase-page");
        phasePage.selectedProperty().bindBidirectional(vm.phasePageProperty());
        CheckBox insights = new CheckBox(texts.get("extras.insights"));
        insights.setId("insights");
        insights.selectedProperty().bindBidirectional(vm.insightsProperty());
        return new VBox(6, appendix, phasePage, insights);
    }

    private Node pictureChoice() {
        Map<PngSizing, RadioButton> buttons = new LinkedHashMap<>();
        buttons.put(PngSizing.DPI, radio("png.dpi", "png-dpi"));
        buttons.put(PngSizing.WIDTH, radio("png.width", "png-width"));
        bindToggles(buttons, vm.pngSizingProperty());
        Spinner<Integer> dpi = spinner("dpi", ExportSettings.MIN_DPI, ExportSettings.MAX_DPI, 25, vm.dpiProperty());
        Spinner<Integer> width = spinner("width", ExportSettings.MIN_WIDTH, ExportSettings.MAX_WIDTH, 100,
                vm.widthPxProperty());
        dpi.disableProperty().bind(vm.pngSizingProperty().isNotEqualTo(PngSizing.DPI));
        width.disableProperty().bind(vm.pngSizingProperty().isNotEqualTo(PngSizing.WIDTH));
        VBox png = new VBox(6, row(buttons.get(PngSizing.DPI), dpi, new Label(texts.get("png.dpiUnit"))),
                row(buttons.get(PngSizing.WIDTH), width, new Label(texts.get("png.widthUnit"))));
        BooleanBinding isPng = vm.formatProperty().isEqualTo(Format.PNG);
        CheckBox transparent = new CheckBox(texts.get("transparent"));
        transparent.setId("transparent");
        transparent.selectedProperty().bindBidirectional(vm.transparentProperty());
        return new VBox(8, shownWhen(isPng, png), transparent);
    }

    private Node section(String titleKey, Node content) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add("export-section-title");
        title.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(6, title, content);
        VBox.setMargin(content, new Insets(0, 0, 0, 4));
        return box;
    }

    private static Node shownWhen(BooleanBinding condition, Node node) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
        return node;
    }

    private RadioButton radio(String key, String id) {
        RadioButton button = new RadioButton(texts.get(key));
        button.setId(id);
        return button;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private <E> void bindToggles(Map<E, RadioButton> buttons, ObjectProperty<E> property) {
        ToggleGroup group = new ToggleGroup();
        buttons.values().forEach(b -> b.setToggleGroup(group));
        buttons.get(property.get()).setSelected(true);
        buttons.forEach((value, button) -> button.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                property.set(value);
            }
        }));
        property.addListener((o, was, is) -> buttons.get(is).setSelected(true));
    }

    private Spinner<Integer> spinner(String id, int min, int max, int step,
                                     javafx.beans.property.IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get(), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.setPrefWidth(max >= 1000 ? 96 : 76);
        ObjectProperty<Integer> boxed = property.asObject();
        keepAlive.add(boxed);
        factory.valueProperty().bindBidirectional(boxed);
        return spinner;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
