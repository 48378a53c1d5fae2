package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.StructureCommands;

/**
 * The context menu of phase headers (rename, add before/after, move, delete), lane headers (rename, add above/below,
 * move, fit to content, hide, show hidden lanes, delete) and emotion points (label, delete) on the canvas. It opens
 * only over those; elsewhere it leaves the request to other menus. Every item runs a {@link StructureCommands} command.
 */
public final class StructureContextMenu {
    private final Node node;
    private final CanvasView view;
    private final ContextMenu menu = new ContextMenu();

    private StructureContextMenu(Node node, CanvasView view) {
        this.node = node;
        this.view = view;
    }

    /** Opens this menu on secondary clicks (and the keyboard's menu key) over headers and points of {@code canvas}. */
    public static <T extends Node & CanvasView> StructureContextMenu attachTo(T canvas) {
        StructureContextMenu m = new StructureContextMenu(canvas, canvas);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, m::onRequest);
        return m;
    }

    private void onRequest(ContextMenuEvent e) {
        if (view.isGestureActive()) {
            // a right click during a drag: the drag goes on, a menu would take its release
            e.consume();
            return;
        }
        Point2D at = view.toMap(e.getX(), e.getY());
        List<MenuItem> items = itemsFor(view.document().layout().hitTest(at.getX(), at.getY()));
        if (items.isEmpty()) {
            return;
        }
        menu.hide();
        menu.getItems().setAll(items);
        menu.show(node, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The menu itself (for tests: whether it shows, and what). */
    ContextMenu menu() {
        return menu;
    }

    /** The items for what lies under the pointer; empty when this menu has nothing to offer there. */
    List<MenuItem> itemsFor(Hit hit) {
        StructureCommands c = new StructureCommands(view.document());
        if (hit instanceof Hit.PhaseHeaderHit h) {
            view.document().select(new Selection.PhaseSelected(h.phaseId()));
            return phaseItems(c, h.phaseId());
        }
        if (hit instanceof Hit.LaneHeaderHit h) {
            view.document().select(new Selection.LaneSelected(h.laneId()));
            return laneItems(c, h.laneId());
        }
        if (hit instanceof Hit.CurvePointHit h) {
            Selection.CurvePointSelected point = new Selection.CurvePointSelected(h.curveId(), h.pointId());
            view.document().select(point);
            return List.of(
                    item(c.text("menu.point.label"), () -> new CurveGesture(view).editLabelInPlace(h.curveId(), h.pointId())),
                    item(c.text("menu.point.delete"),
                            () -> view.document().apply(CurveEdits.deleteCurvePoint(h.curveId(), h.pointId()))));
        }
        return List.of();
    }

    private List<MenuItem> phaseItems(StructureCommands c, String phaseId) {
        JourneyMap map = view.document().map();
        int index = map.phases().indexOf(map.phase(phaseId).orElseThrow());
        long cards = c.cardsInPhase(phaseId);
        List<MenuItem> items = new ArrayList<>();
        items.add(item(c.text("menu.phase.rename"),
                () -> new HeaderGesture(view).renameInPlace(new Selection.PhaseSelected(phaseId))));
        items.add(item(c.text("menu.phase.addBefore"), () -> c.addPhaseBefore(phaseId)));
        items.add(item(c.text("menu.phase.addAfter"), () -> c.addPhaseAfter(phaseId)));
        items.add(new SeparatorMenuItem());
        items.add(disabledWhen(index == 0, item(c.text("menu.phase.moveLeft"), () -> c.movePhaseBy(phaseId, -1))));
        items.add(disabledWhen(index == map.phases().size() - 1,
                item(c.text("menu.phase.moveRight"), () -> c.movePhaseBy(phaseId, 1))));
        items.add(new SeparatorMenuItem());
        items.add(item(cards == 0 ? c.text("menu.phase.delete") : c.text("menu.phase.deleteWithCards", cards),
                () -> c.deletePhase(phaseId)));
        return items;
    }

    private List<MenuItem> laneItems(StructureCommands c, String laneId) {
        List<LaneBox> visible = view.document().layout().lanes();
        int v = visible.stream().map(LaneBox::laneId).toList().indexOf(laneId);
        long cards = c.cardsInLane(laneId);
        List<MenuItem> items = new ArrayList<>();
        items.add(item(c.text("menu.lane.rename"),
                () -> new HeaderGesture(view).renameInPlace(new Selection.LaneSelected(laneId))));
        items.add(kinds(c, c.text("menu.lane.addAbove"), kind -> c.addLaneAbove(kind, laneId)));
        items.add(kinds(c, c.text("menu.lane.addBelow"), kind -> c.addLaneBelow(kind, laneId)));
        items.add(new SeparatorMenuItem());
        items.add(disabledWhen(v <= 0, item(c.text("menu.lane.moveUp"), () -> c.moveLaneBy(laneId, -1))));
        items.add(disabledWhen(v < 0 || v == visible.size() - 1,
                item(c.text("menu.lane.moveDown"), () -> c.moveLaneBy(laneId, 1))));
        items.add(new SeparatorMenuItem());
        items.add(disabledWhen(laneFits(laneId), item(c.text("menu.lane.fit"), () -> c.fitLaneToContent(laneId))));
        items.add(disabledWhen(!c.anyLaneWithOwnHeight(), item(c.text("menu.lane.fitAll"), c::fitAllLanesToContent)));
        items.add(new SeparatorMenuItem());
        items.add(item(c.text("menu.lane.hide"), () -> c.setLaneHidden(laneId, true)));
        List<Lane> hidden = c.hiddenLanes();
        if (!hidden.isEmpty()) {
            Menu show = new Menu(c.text("menu.lane.show"));
            for (Lane l : hidden) {
                show.getItems().add(item(l.title(), () -> c.setLaneHidden(l.id(), false)));
            }
            if (hidden.size() > 1) {
                show.getItems().addAll(new SeparatorMenuItem(), item(c.text("menu.lane.showAll"), c::showAllLanes));
            }
            items.add(show);
        }
        items.add(new SeparatorMenuItem());
        items.add(item(cards == 0 ? c.text("menu.lane.delete") : c.text("menu.lane.deleteWithCards", cards),
                () -> c.deleteLane(laneId)));
        return items;
    }

    private static Menu kinds(StructureCommands c, String text, Consumer<LaneKind> add) {
        Menu menu = new Menu(text);
        for (LaneKind kind : LaneKind.values()) {
            menu.getItems().add(item(c.laneKindName(kind), () -> add.accept(kind)));
        }
        return menu;
    }

    private boolean laneFits(String laneId) {
        return view.document().map().lanes().stream().anyMatch(l -> l.id().equals(laneId) && l.fitToContent());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabledWhen(boolean disabled, MenuItem item) {
        item.setDisable(disabled);
        return item;
    }
}
