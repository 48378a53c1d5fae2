package org.journeyboard.ui.window;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.journeyboard.ui.OnScreen;

/**
 * The room of the window's chrome before the chrome itself is there (ADR 6): plain panels of the chrome's sizes and
 * background colours round the first frame of a map, so that the map does not move when menus, toolbar, palette,
 * inspector and status line take their place a moment later.
 */
final class ChromeSpace {
    private ChromeSpace() {
    }

    /** Puts stand-ins of {@code space} (top, right, bottom, left) round the centre of {@code root}. */
    static void reserve(BorderPane root, Insets space) {
        root.setTop(standIn("chrome-space-top", -1, space.getTop()));
        root.setRight(standIn("chrome-space-right", space.getRight(), -1));
        root.setBottom(standIn("chrome-space-bottom", -1, space.getBottom()));
        root.setLeft(standIn("chrome-space-left", space.getLeft(), -1));
    }

    /** Once the chrome now in {@code root} is on screen, hands the room it takes to {@code measured}. */
    static void measureLater(BorderPane root, Consumer<Insets> measured) {
        OnScreen.then(() -> measured.accept(new Insets(height(root.getTop()), width(root.getRight()),
                height(root.getBottom()), width(root.getLeft()))));
    }

    private static Region standIn(String styleClass, double width, double height) {
        Region r = new Region();
        r.getStyleClass().addAll("chrome-space", styleClass);
        if (width >= 0) {
            r.setMinWidth(width);
            r.setPrefWidth(width);
            r.setMaxWidth(width);
        }
        if (height >= 0) {
            r.setMinHeight(height);
            r.setPrefHeight(height);
            r.setMaxHeight(height);
        }
        return r;
    }

    private static double width(Node n) {
        return n instanceof Region r && r.isManaged() ? r.getWidth() : 0;
    }

    private static double height(Node n) {
        return n instanceof Region r && r.isManaged() ? r.getHeight() : 0;
    }
}
