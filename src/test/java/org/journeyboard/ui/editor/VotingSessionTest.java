package org.journeyboard.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;

/** Dot voting without a window: budgets per participant, dots given back by undo and Shift-click, turns. */
class VotingSessionTest {
    private final JourneyMap sample = Samples.all().get(1).map();
    private final MapDocument doc = new MapDocument(sample, null, Locale.GERMAN);
    private final VotingSession voting = new VotingSession();
    private final String payment = cardTitled("Die bevorzugte Zahlungsart fehlt");
    private final String postcode = cardTitled("Das PLZ-Feld meldet einen Fehler");

    private String cardTitled(String start) {
        return sample.cards().stream().filter(c -> c.kind() == CardKind.PAIN_POINT && c.title().startsWith(start))
                .findFirst().orElseThrow().id();
    }

    private int votes(String id) {
        return doc.map().card(id).orElseThrow().votes();
    }

    @Test
    void offItDoesNothingAndOnEveryClickIsOneUndoStep() {
        voting.setDocument(doc);
        assertThat(voting.vote(payment)).isEqualTo(VotingSession.Outcome.NOTHING);
        assertThat(votes(payment)).isZero();

        voting.setOn(true);
        assertThat(voting.vote(payment)).isEqualTo(VotingSession.Outcome.ADDED);
        assertThat(voting.vote(payment)).isEqualTo(VotingSession.Outcome.ADDED);
        assertThat(voting.vote(postcode)).isEqualTo(VotingSession.Outcome.ADDED);
        assertThat(votes(payment)).isEqualTo(2);
        assertThat(doc.undoTextProperty().get()).isEqualTo("Rückgängig: Punkt vergeben");

        doc.undo();
        assertThat(votes(postcode)).isZero();
        assertThat(voting.unvote(payment)).isEqualTo(VotingSession.Outcome.REMOVED);
        assertThat(votes(payment)).isEqualTo(1);
        assertThat(voting.unvote(postcode)).as("no dot to take off").isEqualTo(VotingSession.Outcome.NOTHING);
        assertThat(voting.dotsUsed()).isEqualTo(1);
    }

    @Test
    void aBudgetRunsOutAndTheNextParticipantGetsAFullOne() {
        voting.setDocument(doc);
        voting.setBudget(3);
        voting.setOn(true);
        assertThat(voting.dotsLeftProperty().get()).isEqualTo(3);
        voting.vote(payment);
        voting.vote(payment);
        voting.vote(postcode);
        assertThat(voting.dotsLeftProperty().get()).isZero();
        assertThat(voting.exhaustedProperty().get()).isTrue();
        assertThat(voting.vote(postcode)).isEqualTo(VotingSession.Outcome.NO_DOTS_LEFT);
        assertThat(votes(postcode)).isEqualTo(1);

        // Shift-click and undo give dots back
        voting.unvote(payment);
        assertThat(voting.dotsLeftProperty().get()).isEqualTo(1);
        doc.undo();
        assertThat(voting.dotsLeftProperty().get()).isZero();

        voting.nextParticipant();
        assertThat(voting.participantProperty().get()).isEqualTo(2);
        assertThat(voting.dotsLeftProperty().get()).isEqualTo(3);
        assertThat(voting.vote(postcode)).isEqualTo(VotingSession.Outcome.ADDED);
        assertThat(votes(postcode)).isEqualTo(2);
        assertThat(voting.dotsLeftProperty().get()).isEqualTo(2);

        // undo back into the first participant's turn: the second one cannot make up for it beyond their budget
        doc.undo();
        doc.undo();
        assertThat(voting.dotsLeftProperty().get()).isEqualTo(3);
        for (int i = 0; i < 5; i++) {
            voting.vote(payment);
        }
        assertThat(voting.dotsUsed()).isEqualTo(3);
    }

    @Test
    void anotherMapEndsVotingAndStartsOver() {
        voting.setDocument(doc);
        voting.setOn(true);
        voting.nextParticipant();
        voting.setDocument(new MapDocument(Samples.all().get(0).map(), null, Locale.GERMAN));
        assertThat(voting.isOn()).isFalse();
        assertThat(voting.participantProperty().get()).isEqualTo(1);
        voting.setDocument(null);
        voting.setOn(true);
        assertThat(voting.isOn()).as("nothing to vote on").isFalse();
    }
}
