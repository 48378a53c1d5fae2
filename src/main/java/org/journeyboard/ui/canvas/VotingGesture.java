package org.journeyboard.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.Hit;
import org.journeyboard.ui.editor.VotingSession;

/**
 * The canvas in voting mode: a click on a card gives it a dot, Shift-click takes one off. It must be the first
 * gesture of the canvas: while voting it takes every press (and double click), so that nothing is dragged, selected
 * or edited; only panning (middle button, Space) still works. Off, it lets everything through.
 */
public final class VotingGesture implements CanvasGesture {
    private final VotingSession voting;
    private VotingSession.Outcome last = VotingSession.Outcome.NOTHING;

    public VotingGesture(VotingSession voting) {
        this.voting = voting;
    }

    @Override
    public boolean press(MouseEvent e, Point2D map, Hit hit) {
        if (!voting.isOn()) {
            return false;
        }
        if (e.getButton() == MouseButton.PRIMARY && hit instanceof Hit.CardHit card) {
            last = e.isShiftDown() ? voting.unvote(card.cardId()) : voting.vote(card.cardId());
        }
        return true;
    }

    @Override
    public boolean doubleClick(MouseEvent e, Point2D map, Hit hit) {
        // each press of a double click was a dot already; no title editor opens
        return voting.isOn();
    }

    @Override
    public Cursor cursorFor(Hit hit) {
        if (!voting.isOn()) {
            return null;
        }
        return hit instanceof Hit.CardHit ? Cursor.HAND : Cursor.DEFAULT;
    }

    /** What the last click did (for tests). */
    public VotingSession.Outcome lastOutcome() {
        return last;
    }
}
