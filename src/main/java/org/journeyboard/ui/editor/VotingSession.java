package org.journeyboard.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/**
 * Dot voting in a workshop: while it is on, each click on a card gives it a dot and Shift-click takes one off, every
 * dot one undo step. Participants vote one after the other at the same screen; "next participant" starts the next
 * one's turn. With a budget of N dots per participant, the dots a participant has used are the votes added to the
 * map since their turn began, so undo, redo and Shift-click give dots back and the count can never disagree with
 * the map. A budget of 0 means no limit (the facilitator tallies dots from a wall).
 */
public final class VotingSession {
    /** What a click did. */
    public enum Outcome { ADDED, REMOVED, NO_DOTS_LEFT, NOTHING }

    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final IntegerProperty budget = new SimpleIntegerProperty(this, "budget");
    private final ReadOnlyIntegerWrapper participant = new ReadOnlyIntegerWrapper(this, "participant", 1);
    private final ReadOnlyIntegerWrapper dotsLeft = new ReadOnlyIntegerWrapper(this, "dotsLeft");
    private final ReadOnlyBooleanWrapper exhausted = new ReadOnlyBooleanWrapper(this, "exhausted");
    private final ChangeListener<JourneyMap> onMap = (o, was, now) -> count();
    private MapDocument doc;
    /** The map's votes when the current participant's turn began (lowered when undo goes back past it). */
    private int turnStart;

    public VotingSession() {
        on.addListener((o, was, now) -> {
            if (now) {
                startOver();
            }
        });
        budget.addListener((o, was, now) -> count());
    }

    /** Votes on {@code newDoc} from now on (null: none); voting ends with the document it was for. */
    public void setDocument(MapDocument newDoc) {
        if (doc != null) {
            doc.mapProperty().removeListener(onMap);
        }
        on.set(false);
        doc = newDoc;
        if (doc != null) {
            doc.mapProperty().addListener(onMap);
        }
        startOver();
    }

    /** A click on a card: one dot more, unless the participant has none left. */
    public Outcome vote(String cardId) {
        if (!isOn() || doc == null || doc.map().card(cardId).isEmpty()) {
            return Outcome.NOTHING;
        }
        if (exhausted.get()) {
            return Outcome.NO_DOTS_LEFT;
        }
        JourneyMap before = doc.map();
        doc.apply(CardEdits.addVote(cardId));
        return doc.map() == before ? Outcome.NOTHING : Outcome.ADDED;
    }

    /** A Shift-click on a card: one dot less (the participant gets it back if it was theirs to give). */
    public Outcome unvote(String cardId) {
        if (!isOn() || doc == null || doc.map().card(cardId).map(Card::votes).orElse(0) == 0) {
            return Outcome.NOTHING;
        }
        doc.apply(CardEdits.removeVote(cardId));
        return Outcome.REMOVED;
    }

    /** The next participant's turn: a full budget again. */
    public void nextParticipant() {
        participant.set(participant.get() + 1);
        turnStart = doc == null ? 0 : totalVotes(doc.map());
        count();
    }

    /** The dots the current participant has given in this turn. */
    public int dotsUsed() {
        return doc == null ? 0 : Math.max(0, totalVotes(doc.map()) - turnStart);
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public void setOn(boolean value) {
        on.set(value && doc != null);
    }

    /** Dots per participant; 0 is no limit. */
    public IntegerProperty budgetProperty() {
        return budget;
    }

    public void setBudget(int dots) {
        budget.set(Math.max(0, dots));
    }

    /** 1 for the first participant of the session, counting up with {@link #nextParticipant}. */
    public ReadOnlyIntegerProperty participantProperty() {
        return participant.getReadOnlyProperty();
    }

    /** The current participant's dots left (equal to the budget at the start of a turn; 0 without a budget). */
    public ReadOnlyIntegerProperty dotsLeftProperty() {
        return dotsLeft.getReadOnlyProperty();
    }

    /** True when there is a budget and the current participant has used it all. */
    public ReadOnlyBooleanProperty exhaustedProperty() {
        return exhausted.getReadOnlyProperty();
    }

    /** Participant 1, nobody's dots used yet (voting switched on, or another map). */
    private void startOver() {
        participant.set(1);
        turnStart = doc == null ? 0 : totalVotes(doc.map());
        count();
    }

    private void count() {
        int total = doc == null ? 0 : totalVotes(doc.map());
        // undo back past the turn's start (taking back the previous participant's dots) lowers the start with it
        turnStart = Math.min(turnStart, total);
        int left = budget.get() == 0 ? 0 : Math.max(0, budget.get() - (total - turnStart));
        dotsLeft.set(left);
        exhausted.set(budget.get() > 0 && left == 0);
    }

    static int totalVotes(JourneyMap map) {
        int total = 0;
        for (Card c : map.cards()) {
            total += c.votes();
        }
        return total;
    }
}
