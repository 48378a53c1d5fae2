package org.journeyboard.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.ui.editor.PaletteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PalettePaneTest {
    private PalettePane palette;
    private final List<PaletteItem> activated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        palette = new PalettePane(Locale.GERMAN);
        palette.onItemActivated(activated::add);
        stage.setScene(new Scene(palette, 260, 700));
        stage.show();
    }

    @Test
    void typingInTheSearchFieldFiltersTheItems(FxRobot robot) {
        int all = palette.visibleItems().size();
        robot.clickOn(palette.searchField()).write("hotl");
        assertThat(palette.visibleItems()).containsExactly(new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.HOTLINE));
        // the group headers of empty groups go away with their items
        assertThat(robot.lookup(".palette-group").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList()).containsExactly("Direkt · offline");
        robot.interact(() -> palette.searchField().setText("zzzz"));
        assertThat(palette.visibleItems()).isEmpty();
        assertThat(robot.lookup(".palette-empty").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(() -> palette.searchField().clear());
        assertThat(palette.visibleItems()).hasSize(all);
    }

    @Test
    void enterOnAFocusedItemActivatesIt(FxRobot robot) {
        robot.clickOn(palette.searchField()).write("plakat");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertThat(activated).containsExactly(new PaletteItem(CardKind.TOUCHPOINT, TouchpointType.POSTER));
    }
}
