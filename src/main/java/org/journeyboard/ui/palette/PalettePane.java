package org.journeyboard.ui.palette;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyboard.ui.editor.PaletteItem;

/**
 * The left side panel: a search field over the touchpoint library (grouped direct/indirect and online/offline) and
 * the other cards. Each item is dragged onto the map (copy, carrying {@link PaletteItem#code()}), or activated with
 * Enter or a double-click for adding it without a drag.
 */
public final class PalettePane extends VBox {
    private final PaletteCatalog catalog;
    private final TextField search = new TextField();
    private final VBox list = new VBox();
    private final Label noMatch;
    private final Map<PaletteGroup, Label> headers = new EnumMap<>(PaletteGroup.class);
    private final List<Label> items = new ArrayList<>();
    private Consumer<PaletteItem> onItemActivated = item -> { };

    /** A palette with names and tooltips in {@code locale} (German or English). */
    public PalettePane(Locale locale) {
        catalog = new PaletteCatalog(locale);
        PaletteTexts texts = new PaletteTexts(PaletteCatalog.languageOf(locale).locale());
        getStyleClass().add("palette");
        getStylesheets().add(Objects.requireNonNull(PalettePane.class.getResource("palette.css")).toExternalForm());
        search.setPromptText(texts.get("search.prompt"));
        search.setTooltip(new Tooltip(texts.get("search.tooltip")));
        search.getStyleClass().add("palette-search");
        search.textProperty().addListener((o, was, now) -> filter(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                firstVisible().ifPresent(Label::requestFocus);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        noMatch = new Label(texts.get("search.none"));
        noMatch.getStyleClass().add("palette-empty");
        noMatch.setWrapText(true);
        PaletteGroup current = null;
        for (PaletteEntry entry : catalog.entries()) {
            if (entry.group() != current) {
                current = entry.group();
                Label header = new Label(texts.get(current.textKey()));
                header.getStyleClass().add("palette-group");
                headers.put(current, header);
                list.getChildren().add(header);
            }
            Label item = item(entry);
            items.add(item);
            list.getChildren().add(item);
        }
        list.getChildren().add(noMatch);
        list.getStyleClass().add("palette-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(search, scroll);
        filter("");
    }

    /** Called with the item when the user presses Enter on it or double-clicks it (add to the selected cell). */
    public void onItemActivated(Consumer<PaletteItem> handler) {
        onItemActivated = Objects.requireNonNull(handler, "handler");
    }

    /** The search field (the window may focus it, e.g. from a shortcut). */
    public TextField searchField() {
        return search;
    }

    /** The items now shown, in display order (after searching). */
    public List<PaletteItem> visibleItems() {
        return items.stream().filter(Label::isVisible).map(l -> (PaletteEntry) l.getUserData())
                .map(PaletteEntry::item).toList();
    }

    private Label item(PaletteEntry entry) {
        Label label = new Label(entry.name(), PaletteIcon.of(entry.item()));
        label.setUserData(entry);
        label.getStyleClass().add("palette-item");
        label.setId("palette-" + entry.item().code().replace(':', '-'));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setGraphicTextGap(8);
        label.setWrapText(true);
        label.setFocusTraversable(true);
        label.setTooltip(new Tooltip(entry.tooltip()));
        label.setOnDragDetected(e -> {
            Dragboard board = label.startDragAndDrop(TransferMode.COPY);
            board.setContent(PaletteDrag.content(entry.item()));
            board.setDragView(label.snapshot(null, null), e.getX(), e.getY());
            e.consume();
        });
        label.setOnMouseClicked(e -> {
            label.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onItemActivated.accept(entry.item());
            }
        });
        label.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onItemActivated.accept(entry.item());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                step(label, e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        return label;
    }

    private void step(Label from, int direction) {
        int i = items.indexOf(from) + direction;
        while (i >= 0 && i < items.size() && !items.get(i).isVisible()) {
            i += direction;
        }
        if (i >= 0 && i < items.size()) {
            items.get(i).requestFocus();
        } else if (i < 0) {
            search.requestFocus();
        }
    }

    private java.util.Optional<Label> firstVisible() {
        return items.stream().filter(Label::isVisible).findFirst();
    }

    private void filter(String query) {
        for (Label item : items) {
            show(item, ((PaletteEntry) item.getUserData()).matches(query));
        }
        for (Map.Entry<PaletteGroup, Label> header : headers.entrySet()) {
            boolean any = items.stream().anyMatch(l -> l.isVisible()
                    && ((PaletteEntry) l.getUserData()).group() == header.getKey());
            show(header.getValue(), any);
        }
        show(noMatch, items.stream().noneMatch(Label::isVisible));
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
