package org.journeyboard.ui.window;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.journeyboard.ui.Messages;

/** Help › Keyboard shortcuts (read from the menus themselves, so it never goes stale) and Help › About. */
final class HelpDialogs {
    /** Keys of the canvas that no menu item carries. */
    private static final String[] CANVAS_KEYS = {"arrows", "ctrlArrows", "enter", "escape", "inPlace", "curveEnter",
        "curveArrows", "curveCtrlArrows", "curveInsert", "curveDelete", "wheel", "ctrlWheel", "spaceDrag", "altDrag",
        "presentNext", "presentBack", "presentHomeEnd", "voteClick"};

    private HelpDialogs() {
    }

    static void shortcuts(MainWindow window, MainMenus menus) {
        Messages messages = window.messages();
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getStyleClass().add("shortcuts");
        int row = 0;
        for (Menu menu : menus.menus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String name = messages.get(item.getId()).replace("_", "");
                    grid.addRow(row++, key(item.getAccelerator().getDisplayText()), action(name));
                }
            }
        }
        for (String key : CANVAS_KEYS) {
            grid.addRow(row++, key(messages.get("shortcut." + key + ".keys")), action(messages.get("shortcut." + key)));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, row * 24));
        scroll.setPrefViewportWidth(520);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(window.stage());
        alert.setTitle(messages.get("menu.help.shortcuts").replace("_", ""));
        alert.setHeaderText(messages.get("shortcuts.header"));
        alert.getDialogPane().setContent(scroll);
        alert.showAndWait();
    }

    static void about(MainWindow window) {
        Messages messages = window.messages();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"), ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setTitle(messages.get("menu.help.about").replace("_", ""));
        alert.setHeaderText(messages.get("about.header", version()));
        alert.showAndWait();
    }

    /** The version Maven wrote into the jar, or "dev" when running from classes. */
    static String version() {
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/org/journeyboard/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /** A key never shrinks to "Ctr…": the keys column is as wide as its widest key. */
    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("shortcut-key");
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    /** What a key does; a long description wraps instead of ending in "…". */
    private static Label action(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
