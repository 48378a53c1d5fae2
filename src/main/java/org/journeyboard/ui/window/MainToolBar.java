package org.journeyboard.ui.window;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar: the common commands as icon buttons that mirror their menu items (same action, same enabling). */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar of(MainMenus menus) {
        ToolBar bar = new ToolBar(
                button(menus, "menu.file.new", "mdi2f-file-plus-outline"),
                button(menus, "menu.file.open", "mdi2f-folder-open-outline"),
                button(menus, "menu.file.save", "mdi2c-content-save-outline"),
                separator(),
                button(menus, "menu.edit.undo", "mdi2u-undo"),
                button(menus, "menu.edit.redo", "mdi2r-redo"),
                separator(),
                button(menus, "menu.edit.cut", "mdi2c-content-cut"),
                button(menus, "menu.edit.copy", "mdi2c-content-copy"),
                button(menus, "menu.edit.paste", "mdi2c-content-paste"),
                button(menus, "menu.edit.delete", "mdi2d-delete-outline"),
                button(menus, "menu.edit.find", "mdi2t-text-search"),
                separator(),
                button(menus, "menu.view.zoomOut", "mdi2m-magnify-minus-outline"),
                button(menus, "menu.view.zoomIn", "mdi2m-magnify-plus-outline"),
                button(menus, "menu.view.zoomFit", "mdi2f-fit-to-screen-outline"),
                separator(),
                toggle(menus, "menu.view.voting", "mdi2v-vote-outline"),
                separator(),
                button(menus, "menu.file.export", "mdi2e-export"),
                button(menus, "menu.file.print", "mdi2p-printer"));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    /** A button that shows and switches the state of a check item of the menu (voting mode, say). */
    private static ToggleButton toggle(MainMenus menus, String key, String icon) {
        CheckMenuItem item = (CheckMenuItem) menus.findItem(key);
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(item.getText().replace("_", "")
                + (item.getAccelerator() == null ? "" : "  (" + item.getAccelerator().getDisplayText() + ")")));
        b.setId("tool-" + key.replace('.', '-'));
        b.disableProperty().bind(item.disableProperty());
        b.selectedProperty().bindBidirectional(item.selectedProperty());
        return b;
    }

    private static Button button(MainMenus menus, String key, String icon) {
        MenuItem item = menus.findItem(key);
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        // the tooltip names the command as the menu does now ("Undo Move card") and its key
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> item.getText().replace("_", "")
                + (item.getAccelerator() == null ? "" : "  (" + item.getAccelerator().getDisplayText() + ")"),
                item.textProperty()));
        b.setTooltip(tip);
        b.setId("tool-" + key.replace('.', '-'));
        b.disableProperty().bind(item.disableProperty());
        b.setOnAction(e -> item.fire());
        return b;
    }
}
