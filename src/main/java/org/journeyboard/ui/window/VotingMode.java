package org.journeyboard.ui.window;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.canvas.VotingGesture;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.VotingSession;

/**
 * Voting mode of the window (View › Dot voting): the canvas's first gesture turns clicks on cards into dots, context
 * menus and palette drops on the map are swallowed, and a bar under the toolbar shows whose turn it is and the dots
 * left. Like presentation mode it takes over the map's input; unlike it the keys keep working (undo above all).
 */
final class VotingMode {
    private final VotingSession session = new VotingSession();
    private final MapCanvas canvas;
    private final VotingGesture gesture;
    private final EventHandler<Event> swallow = e -> {
        if (session.isOn()) {
            e.consume();
        }
    };

    /** Voting on {@code canvas}; call before any other gesture is added, so that this one is asked first. */
    VotingMode(MapCanvas canvas) {
        this.canvas = canvas;
        gesture = new VotingGesture(session);
        canvas.addGesture(gesture);
        canvas.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, swallow);
        canvas.addEventFilter(DragEvent.ANY, swallow);
        session.onProperty().addListener((o, was, on) -> {
            if (on && canvas.inPlaceEditor().isOpen()) {
                canvas.inPlaceEditor().commit();
            }
            canvas.redraw();
        });
    }

    void setDocument(MapDocument doc) {
        session.setDocument(doc);
    }

    VotingSession session() {
        return session;
    }

    VotingGesture gesture() {
        return gesture;
    }
}
