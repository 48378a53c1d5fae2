package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import org.journeyboard.model.Lane;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.MapDocument;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar with every command of the window and the accelerators the issue lists. */
final class MainMenus {
    private final MainWindow window;
    private final Messages messages;
    private final MenuBar menuBar;
    private final BooleanProperty noDocument = new SimpleBooleanProperty(true);
    private final Menu recentMenu;
    private final Menu lanesMenu;
    private final MenuItem undo;
    private final MenuItem redo;
    private final MenuItem export;
    private final MenuItem print;
    private final CheckMenuItem darkTheme;
    private final CheckMenuItem fullScreen;
    private final CheckMenuItem voting;
    private Runnable exportAction;
    private Runnable printAction;

    MainMenus(MainWindow window, Messages messages) {
        this.window = window;
        this.messages = messages;
        DocumentSession session = window.session();
        EditActions edits = window.edits();

        recentMenu = new Menu(messages.get("menu.file.recent"));
        session.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        export = item("menu.file.export", "Shortcut+E", "mdi2e-export", () -> run(exportAction));
        print = item("menu.file.print", "Shortcut+P", "mdi2p-printer", () -> run(printAction));
        export.setDisable(true);
        print.setDisable(true);
        Menu file = new Menu(messages.get("menu.file"), null,
                item("menu.file.new", "Shortcut+N", "mdi2f-file-plus-outline", session::newFromTemplate),
                whileNotLoading(item("menu.file.open", "Shortcut+O", "mdi2f-folder-open-outline", session::open)),
                whileNotLoading(recentMenu),
                new SeparatorMenuItem(),
                needsMap(item("menu.file.save", "Shortcut+S", "mdi2c-content-save-outline", session::save)),
                needsMap(item("menu.file.saveAs", "Shortcut+Shift+S", "mdi2c-content-save-edit-outline",
                        session::saveAs)),
                new SeparatorMenuItem(),
                export, print,
                needsMap(item("menu.file.compare", null, "mdi2c-compare", window::compareWith)),
                new SeparatorMenuItem(),
                needsMap(item("menu.file.close", "Shortcut+W", null, session::close)),
                item("menu.file.quit", "Shortcut+Q", null, window::quit));

        undo = item("menu.edit.undo", "Shortcut+Z", "mdi2u-undo", () -> inTextOr(TextInputControl::undo, edits::undo));
        redo = item("menu.edit.redo", "Shortcut+Shift+Z", "mdi2r-redo",
                () -> inTextOr(TextInputControl::redo, edits::redo));
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo,
                new SeparatorMenuItem(),
                needsMap(item("menu.edit.cut", "Shortcut+X", "mdi2c-content-cut", () -> inTextOr(TextInputControl::cut,
                        edits::cut))),
                needsMap(item("menu.edit.copy", "Shortcut+C", "mdi2c-content-copy",
                        () -> inTextOr(TextInputControl::copy, edits::copy))),
                needsMap(item("menu.edit.paste", "Shortcut+V", "mdi2c-content-paste",
                        () -> inTextOr(TextInputControl::paste, edits::paste))),
                needsMap(item("menu.edit.duplicate", "Shortcut+D", "mdi2c-content-duplicate", edits::duplicate)),
                needsMap(item("menu.edit.delete", "Delete", "mdi2d-delete-outline",
                        () -> inTextOr(TextInputControl::deleteNextChar, edits::delete))),
                new SeparatorMenuItem(),
                needsMap(item("menu.edit.selectAll", "Shortcut+A", "mdi2s-select-all",
                        () -> inTextOr(TextInputControl::selectAll, edits::selectAll))),
                needsMap(item("menu.edit.find", "Shortcut+F", "mdi2t-text-search", window::find)),
                new SeparatorMenuItem(),
                item("menu.edit.preferences", "Shortcut+Comma", "mdi2c-cog-outline",
                        () -> PreferencesDialog.show(window)));

        lanesMenu = new Menu(messages.get("menu.view.lanes"), new FontIcon("mdi2e-eye-off-outline"));
        lanesMenu.getItems().add(new MenuItem());
        lanesMenu.setOnShowing(e -> fillLanes());
        lanesMenu.disableProperty().bind(noDocument);
        fullScreen = new CheckMenuItem(messages.get("menu.view.fullScreen"), new FontIcon("mdi2p-presentation"));
        fullScreen.setId("menu.view.fullScreen");
        fullScreen.setAccelerator(KeyCombination.keyCombination("F11"));
        fullScreen.setOnAction(e -> window.toggleFullScreen());
        voting = new CheckMenuItem(messages.get("menu.view.voting"), new FontIcon("mdi2v-vote-outline"));
        voting.setId("menu.view.voting");
        voting.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        voting.selectedProperty().bindBidirectional(window.voting().session().onProperty());
        voting.disableProperty().bind(noDocument);
        darkTheme = new CheckMenuItem(messages.get("menu.view.dark"), new FontIcon("mdi2t-theme-light-dark"));
        darkTheme.setId("menu.view.dark");
        darkTheme.setSelected(window.theme() == Theme.DARK);
        darkTheme.setOnAction(e -> window.toggleTheme());
        Menu view = new Menu(messages.get("menu.view"), null,
                needsMap(item("menu.view.zoomIn", "Shortcut+Plus", "mdi2m-magnify-plus-outline", window::zoomIn)),
                needsMap(item("menu.view.zoomOut", "Shortcut+Minus", "mdi2m-magnify-minus-outline", window::zoomOut)),
                needsMap(item("menu.view.zoomFit", "Shortcut+0", "mdi2f-fit-to-screen-outline", window::zoomToFit)),
                needsMap(item("menu.view.zoom100", "Shortcut+1", "mdi2n-numeric-1-box-outline",
                        window::zoomActualSize)),
                new SeparatorMenuItem(),
                fullScreen, lanesMenu,
                new SeparatorMenuItem(),
                voting,
                new SeparatorMenuItem(),
                darkTheme);

        Menu help = new Menu(messages.get("menu.help"), null,
                item("menu.help.shortcuts", "F1", "mdi2k-keyboard", () -> HelpDialogs.shortcuts(window, this)),
                item("menu.help.about", null, "mdi2i-information-outline", () -> HelpDialogs.about(window)));
        menuBar = new MenuBar(file, edit, view, help);
        menuBar.setUseSystemMenuBar(true);
    }

    MenuBar menuBar() {
        return menuBar;
    }

    /** Every menu, for the shortcuts overview. */
    List<Menu> menus() {
        return menuBar.getMenus();
    }

    /**
     * The second keys for the same commands (Ctrl+Y redoes, Ctrl+= and the keypad zoom), which a menu item cannot
     * show; they only act when the command is enabled.
     */
    void installExtraAccelerators(Scene scene) {
        alias(scene, "Shortcut+Y", redo);
        for (String keys : List.of("Shortcut+Equals", "Shortcut+Add", "Shortcut+Shift+Equals")) {
            alias(scene, keys, findItem("menu.view.zoomIn"));
        }
        alias(scene, "Shortcut+Subtract", findItem("menu.view.zoomOut"));
        alias(scene, "Shortcut+Numpad0", findItem("menu.view.zoomFit"));
    }

    void documentChanged(MapDocument doc) {
        noDocument.set(doc == null);
        undo.textProperty().unbind();
        redo.textProperty().unbind();
        undo.disableProperty().unbind();
        redo.disableProperty().unbind();
        if (doc == null) {
            undo.setText(messages.get("menu.edit.undo"));
            redo.setText(messages.get("menu.edit.redo"));
            undo.setDisable(true);
            redo.setDisable(true);
        } else {
            undo.textProperty().bind(doc.undoTextProperty());
            redo.textProperty().bind(doc.redoTextProperty());
            undo.disableProperty().bind(doc.canUndoProperty().not());
            redo.disableProperty().bind(doc.canRedoProperty().not());
        }
        export.setDisable(doc == null || exportAction == null);
        print.setDisable(doc == null || printAction == null);
    }

    void setExport(Runnable action) {
        exportAction = action;
        export.setDisable(action == null || noDocument.get());
    }

    void setPrint(Runnable action) {
        printAction = action;
        print.setDisable(action == null || noDocument.get());
    }

    void themeChanged(Theme theme) {
        darkTheme.setId("menu.view.dark");
        darkTheme.setSelected(theme == Theme.DARK);
    }

    void fullScreenChanged(boolean on) {
        fullScreen.setSelected(on);
    }

    /** The item with this text key (for the toolbar, which shares the menu's enabling). */
    MenuItem findItem(String key) {
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (key.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalArgumentException("no menu item " + key);
    }

    private void alias(Scene scene, String keys, MenuItem item) {
        scene.getAccelerators().put(KeyCombination.keyCombination(keys), () -> {
            if (!item.isDisable()) {
                item.fire();
            }
        });
    }

    private void fillRecent() {
        List<MenuItem> items = new ArrayList<>();
        for (Path p : window.session().recentFiles().files()) {
            MenuItem item = new MenuItem(p.getFileName().toString() + "  –  " + parentOf(p));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.session().open(p));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            items.add(none);
        } else {
            items.add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem(messages.get("menu.file.recent.clear"));
            clear.setOnAction(e -> window.session().recentFiles().clear());
            items.add(clear);
        }
        recentMenu.getItems().setAll(items);
    }

    private static String parentOf(Path p) {
        Path parent = p.getParent();
        return parent == null ? "" : parent.toString();
    }

    private void fillLanes() {
        MapDocument doc = window.document();
        lanesMenu.getItems().clear();
        if (doc == null) {
            return;
        }
        for (Lane lane : doc.map().lanes()) {
            CheckMenuItem item = new CheckMenuItem(lane.title());
            item.setMnemonicParsing(false);
            item.setSelected(!lane.hidden());
            item.setOnAction(e -> window.setLaneHidden(lane.id(), !item.isSelected()));
            lanesMenu.getItems().add(item);
        }
        MenuItem fitAll = new MenuItem(messages.get("menu.view.lanes.fitAll"));
        fitAll.setId("menu.view.lanes.fitAll");
        fitAll.setOnAction(e -> window.fitAllLanes());
        lanesMenu.getItems().addAll(new SeparatorMenuItem(), fitAll);
    }

    private void inTextOr(java.util.function.Consumer<TextInputControl> inText, Runnable onMap) {
        TextInputControl text = window.focusedText();
        if (text != null) {
            inText.accept(text);
        } else {
            onMap.run();
        }
    }

    private MenuItem needsMap(MenuItem item) {
        item.disableProperty().bind(noDocument);
        return item;
    }

    /** One open at a time: opening another file is refused while one loads. */
    private <T extends MenuItem> T whileNotLoading(T item) {
        item.disableProperty().bind(window.session().loadingProperty());
        return item;
    }

    private MenuItem item(String key, String accelerator, String icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), icon == null ? null : new FontIcon(icon));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }

    /** Whether a map is open (toolbar buttons follow the menu). */
    javafx.beans.binding.BooleanExpression noDocument() {
        return Bindings.createBooleanBinding(noDocument::get, noDocument);
    }
}
