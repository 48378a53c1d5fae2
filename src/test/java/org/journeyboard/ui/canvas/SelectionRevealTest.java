package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SelectionRevealTest {
    private MapCanvas canvas;
    private MapDocument doc;

    @Start
    void start(Stage stage) {
        doc = new MapDocument(GeneratedMaps.withCards(400, 7), null, Locale.ENGLISH);
        canvas = new MapCanvas();
        canvas.setDocument(doc);
        stage.setScene(new Scene(canvas, 800, 600));
        stage.show();
    }

    @Test
    void selectAllKeepsTheViewWhereItIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect before = canvas.visibleArea();
        assertThat(doc.layout().width()).isGreaterThan(before.width() * 2);
        robot.interact(() -> new CardCommands(doc, null).selectAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.visibleArea()).isEqualTo(before);
    }

    @Test
    void selectingOneCardOutOfViewScrollsToIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Card> cards = doc.map().cards();
        String last = cards.get(cards.size() - 1).id();
        Rect target = doc.layout().card(last).orElseThrow().rect();
        assertThat(target.intersects(canvas.visibleArea())).isFalse();
        robot.interact(() -> doc.select(new Selection.Cards(List.of(last))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.visibleArea().encloses(target)).isTrue();
    }
}
