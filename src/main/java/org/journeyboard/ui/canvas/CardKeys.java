package org.journeyboard.ui.canvas;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.Hit;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.Direction;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.SelectionNavigation;

/**
 * The canvas's editing keys: arrows move the selection between cards and cells (the emotion lane's too) and along
 * an emotion curve, Ctrl+arrows move the selected cards, Enter edits the selected card's title (or adds a note to the
 * selected cell), Delete and Backspace delete, Esc clears the selection. The curve's own keys are
 * {@link CurveGesture}'s. The canvas asks only for key presses nobody consumed before (menu accelerators win).
 */
public final class CardKeys implements CanvasGesture {
    private final CanvasView view;

    public CardKeys(CanvasView view) {
        this.view = view;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        return false;
    }

    @Override
    public boolean key(KeyEvent e) {
        MapDocument doc = view.document();
        if (doc == null || e.isAltDown() || e.isMetaDown() && !e.isShortcutDown()) {
            return false;
        }
        Direction direction = direction(e.getCode());
        Selection selection = doc.selection();
        if (direction != null && !e.isShiftDown()) {
            if (e.isShortcutDown()) {
                if (selection.cardIds().isEmpty()) {
                    return false;
                }
                commands().moveSelected(direction);
                SelectionOverlay.areaOf(doc.layout(), doc.selection()).ifPresent(view::reveal);
            } else {
                doc.select(SelectionNavigation.next(doc.map(), selection, direction));
            }
            return true;
        }
        if (e.isShortcutDown() || e.isShiftDown()) {
            return false;
        }
        switch (e.getCode()) {
            case ENTER -> {
                List<String> ids = selection.cardIds();
                if (!ids.isEmpty()) {
                    return CardTitles.edit(view, ids.get(ids.size() - 1));
                }
                if (selection instanceof Selection.CellSelected cell) {
                    return doc.layout().cell(cell.phaseId(), cell.laneId())
                            .flatMap(r -> DropPlace.at(doc.layout(), r.centerX(), r.bottom() - 1, Set.of()))
                            .map(p -> {
                                CardTitles.addNote(view, p);
                                return true;
                            }).orElse(false);
                }
                return false;
            }
            case DELETE, BACK_SPACE -> {
                if (selection instanceof Selection.Cards || selection instanceof Selection.CurvePointSelected) {
                    commands().deleteSelection();
                    return true;
                }
                return false;
            }
            case ESCAPE -> {
                if (selection instanceof Selection.None) {
                    return false;
                }
                doc.select(Selection.NONE);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private CardCommands commands() {
        return view.cardCommands();
    }

    private static Direction direction(KeyCode code) {
        return switch (code) {
            case LEFT, KP_LEFT -> Direction.LEFT;
            case RIGHT, KP_RIGHT -> Direction.RIGHT;
            case UP, KP_UP -> Direction.UP;
            case DOWN, KP_DOWN -> Direction.DOWN;
            default -> null;
        };
    }
}
