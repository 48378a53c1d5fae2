package org.journeyboard.ui.canvas;

import org.journeyboard.edit.CardEdits;
import org.journeyboard.layout.CardBox;
import org.journeyboard.model.CardKind;
import org.journeyboard.ui.editor.MapDocument;

/** Opens a card's title for editing on the canvas, and adds a note card to edit, shared by mouse, keys and drops. */
public final class CardTitles {
    private CardTitles() {
    }

    /** Opens the title of card {@code cardId} in place; the new title is one undo step. False if it is not shown. */
    public static boolean edit(CanvasView view, String cardId) {
        MapDocument doc = view.document();
        if (doc == null) {
            return false;
        }
        CardBox box = doc.layout().card(cardId).orElse(null);
        if (box == null) {
            return false;
        }
        view.reveal(box.rect());
        String title = doc.map().card(cardId).map(c -> c.title()).orElse("");
        view.editInPlace(box.rect(), title, false, text -> {
            // the card may have gone meanwhile (an undo from the menu while the field was open)
            if (doc.map().card(cardId).isPresent()) {
                doc.apply(CardEdits.setCardTitle(cardId, text));
            }
        });
        return true;
    }

    /** Adds a note card at {@code place}, selects it and opens its title. */
    public static void addNote(CanvasView view, DropPlace place) {
        add(view, CardKind.NOTE, null, place);
    }

    /** Adds a card of {@code kind} (and touchpoint {@code type}) at {@code place}, selected, its title open. */
    public static void add(CanvasView view, CardKind kind, org.journeyboard.model.TouchpointType type,
                           DropPlace place) {
        String id = view.cardCommands().addCard(kind, type, place.phaseId(), place.laneId(), place.index());
        edit(view, id);
    }
}
