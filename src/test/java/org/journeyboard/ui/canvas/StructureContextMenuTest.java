package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Lane;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StructureContextMenuTest {
    private final MapDocument doc = StructureFixture.document();
    private CanvasStandIn canvas;
    private StructureContextMenu menu;

    /** A node that is also a view onto the map at 100 %, as the real canvas will be. */
    static final class CanvasStandIn extends Region implements CanvasView {
        private final MapDocument doc;
        Rect editArea;
        Consumer<String> commit;

        CanvasStandIn(MapDocument doc) {
            this.doc = doc;
            setPrefSize(800, 600);
        }

        @Override
        public MapDocument document() {
            return doc;
        }

        @Override
        public Point2D toMap(double viewX, double viewY) {
            return new Point2D(viewX, viewY);
        }

        @Override
        public Point2D toView(double mapX, double mapY) {
            return new Point2D(mapX, mapY);
        }

        @Override
        public double zoom() {
            return 1;
        }

        @Override
        public void redraw() {
        }

        @Override
        public void editInPlace(Rect mapArea, String text, boolean multiLine, Consumer<String> onCommit) {
            editArea = mapArea;
            commit = onCommit;
        }
    }

    @Start
    void start(Stage stage) {
        canvas = new CanvasStandIn(doc);
        menu = StructureContextMenu.attachTo(canvas);
        stage.setScene(new Scene(canvas));
        stage.show();
    }

    private static List<String> texts(List<MenuItem> items) {
        return items.stream().map(i -> i instanceof SeparatorMenuItem ? "--" : i.getText()).toList();
    }

    private static MenuItem find(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void aPhaseHeaderOffersRenameAddMoveAndDeleteNamingTheCardsThatGoAlong(FxRobot robot) {
        List<MenuItem> items = menu.itemsFor(new Hit.PhaseHeaderHit("buy"));
        assertThat(texts(items)).containsExactly("Rename phase…", "Add phase before", "Add phase after", "--",
                "Move phase left", "Move phase right", "--", "Delete phase and its 2 cards");
        assertThat(doc.selection()).isEqualTo(new Selection.PhaseSelected("buy"));
        assertThat(menu.itemsFor(new Hit.PhaseHeaderHit("aware")).get(4).isDisable()).isTrue();
        robot.interact(() -> find(items, "Delete phase and its 2 cards").fire());
        assertThat(doc.map().phase("buy")).isEmpty();
        robot.interact(doc::undo);
        robot.interact(() -> find(items, "Rename phase…").fire());
        assertThat(canvas.editArea).isNotNull();
        robot.interact(() -> canvas.commit.accept("Kauf"));
        assertThat(doc.map().phase("buy").orElseThrow().name()).isEqualTo("Kauf");
    }

    @Test
    void aLaneHeaderOffersKindsToAddHidingAndTheHiddenLanesToShow(FxRobot robot) {
        List<MenuItem> items = menu.itemsFor(new Hit.LaneHeaderHit("pain"));
        assertThat(texts(items)).containsExactly("Rename lane…", "Add lane above", "Add lane below", "--",
                "Move lane up", "Move lane down", "--", "Fit to content", "Fit all lanes to content", "--",
                "Hide lane", "Show hidden lane", "--", "Delete lane and its card");
        assertThat(find(items, "Move lane down").isDisable()).as("the last visible lane").isTrue();
        Menu above = (Menu) find(items, "Add lane above");
        assertThat(above.getItems()).extracting(MenuItem::getText).contains("Opportunities", "Emotions");
        robot.interact(() -> find(above.getItems(), "Opportunities").fire());
        assertThat(doc.map().lanes().get(2).title()).isEqualTo("Opportunities");
        Menu show = (Menu) find(items, "Show hidden lane");
        robot.interact(() -> find(show.getItems(), "Backstage").fire());
        assertThat(doc.map().lanes()).noneMatch(Lane::hidden);
    }

    @Test
    void germanMenusAndPointItems(FxRobot robot) {
        MapDocument de = StructureFixture.document(StructureFixture.map(), Locale.GERMAN);
        CanvasStandIn[] german = new CanvasStandIn[1];
        StructureContextMenu[] m = new StructureContextMenu[1];
        robot.interact(() -> {
            german[0] = new CanvasStandIn(de);
            m[0] = StructureContextMenu.attachTo(german[0]);
        });
        assertThat(texts(m[0].itemsFor(new Hit.PhaseHeaderHit("after")))).contains("Phase umbenennen…",
                "Phase danach einfügen", "Phase mit ihrer Karte löschen");
        List<MenuItem> point = m[0].itemsFor(new Hit.CurvePointHit("anna", "k2"));
        assertThat(texts(point)).containsExactly("Beschriftung des Punkts bearbeiten…", "Punkt löschen");
        robot.interact(() -> point.get(1).fire());
        assertThat(de.map().curve("anna").orElseThrow().points()).hasSize(1);
        assertThat(m[0].itemsFor(new Hit.CardHit("t0"))).isEmpty();
    }

    @Test
    void aSecondaryClickOnAHeaderOpensTheMenuAndElsewhereLeavesTheEventAlone(FxRobot robot) {
        Rect h = doc.layout().phase("after").orElseThrow().header();
        ContextMenuEvent onHeader = new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, h.centerX(),
                h.centerY(), h.centerX(), h.centerY(), false, null);
        robot.interact(() -> Event.fireEvent(canvas, onHeader));
        assertThat(menu.menu().isShowing()).isTrue();
        assertThat(menu.menu().getItems().get(0).getText()).isEqualTo("Rename phase…");
        robot.interact(() -> menu.menu().hide());
        Rect card = doc.layout().card("t0").orElseThrow().rect();
        ContextMenuEvent onCard = new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, card.centerX(),
                card.centerY(), card.centerX(), card.centerY(), false, null);
        robot.interact(() -> Event.fireEvent(canvas, onCard));
        assertThat(menu.menu().isShowing()).isFalse();
    }
}
