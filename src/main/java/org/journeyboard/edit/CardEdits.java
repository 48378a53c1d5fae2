package org.journeyboard.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/**
 * Edits of cards: add, move (one or a selection), change, duplicate and delete. Every edit keeps {@code order}
 * dense (0..n-1) in the cells it touches; a target index is counted among the other cards of the target cell and
 * clamped, so {@link Integer#MAX_VALUE} appends.
 */
public final class CardEdits {
    private CardEdits() {
    }

    /** Adds {@code card} to its cell at position {@code card.order()} (clamped); its phase and lane must exist. */
    public static Edit addCard(Card card) {
        Objects.requireNonNull(card, "card");
        return Edit.of("edit.card.add", map -> {
            Existing.requireFreeId(map, "card", card.id());
            Existing.phase(map, card.phaseId());
            Existing.lane(map, card.laneId());
            List<Card> cards = new ArrayList<>(map.cards());
            cards.add(card);
            return Cells.place(map.withCards(cards), List.of(card), card.phaseId(), card.laneId(), card.order());
        });
    }

    /**
     * Adds pasted cards (with fresh ids, each placed in its cell at its {@code order}, clamped) as one step named
     * "Paste card(s)".
     */
    public static Edit pasteCards(List<Card> cards) {
        List<Card> copy = List.copyOf(cards);
        List<Edit> adds = copy.stream().map(CardEdits::addCard).toList();
        return Edit.compose(copy.size() == 1 ? "edit.card.paste" : "edit.cards.paste", adds);
    }

    /** Moves one card to position {@code index} of the cell (phase, lane); the source cell closes the gap. */
    public static Edit moveCard(String id, String phaseId, String laneId, int index) {
        return Edit.of("edit.card.move", map -> place(map, List.of(id), phaseId, laneId, index));
    }

    /**
     * Moves a selection of cards into one cell at {@code index} as one step. They land together in their current
     * reading order (phase, then lane, then order), whatever order the selection was made in.
     */
    public static Edit moveCards(List<String> ids, String phaseId, String laneId, int index) {
        List<String> copy = List.copyOf(ids);
        return Edit.of(copy.size() == 1 ? "edit.card.move" : "edit.cards.move",
                map -> place(map, copy, phaseId, laneId, index));
    }

    /**
     * Changes a card's content with {@code change}; the card keeps its id and place (use {@link #moveCard} to move it),
     * and a change that tries to alter them fails.
     */
    public static Edit updateCard(String id, UnaryOperator<Card> change) {
        Objects.requireNonNull(change, "change");
        return Edit.of("edit.card.update", map -> {
            Card before = Existing.card(map, id);
            Card after = Objects.requireNonNull(change.apply(before), "a card change returned null");
            requireSamePlace(before, after);
            return map.mapCard(id, c -> after);
        });
    }

    /** Replaces the card of the same id by {@code card}, which must keep that card's place. */
    public static Edit updateCard(Card card) {
        Objects.requireNonNull(card, "card");
        return updateCard(card.id(), c -> card);
    }

    /** Sets a card's title; consecutive title edits of one card merge into one undo step. */
    public static Edit setCardTitle(String id, String title) {
        return Edit.mergeable("edit.card.title", "card:" + id + ":title",
                map -> changeCard(map, id, c -> c.withTitle(title)));
    }

    /** Sets a card's notes; consecutive notes edits of one card merge into one undo step. */
    public static Edit setCardNotes(String id, String notes) {
        return Edit.mergeable("edit.card.notes", "card:" + id + ":notes",
                map -> changeCard(map, id, c -> c.withNotes(notes)));
    }

    /** Sets or clears (null) a card's emotion score, -2..+2. */
    public static Edit setCardEmotion(String id, Integer emotion) {
        if (emotion != null && (emotion < -2 || emotion > 2)) {
            throw new IllegalArgumentException("an emotion score must be -2..+2, was " + emotion);
        }
        return Edit.of("edit.card.emotion", map -> changeCard(map, id, c -> c.withEmotion(emotion)));
    }

    /**
     * Gives a card one more dot (a workshop vote), up to {@link Card#MAX_VOTES}. Each vote is an undo step of its own:
     * votes never merge, so undo takes back exactly the last dot.
     */
    public static Edit addVote(String id) {
        return Edit.of("edit.card.vote.add", map -> changeCard(map, id,
                c -> c.votes() >= Card.MAX_VOTES ? c : c.withVotes(c.votes() + 1)));
    }

    /** Takes one dot off a card; a card without votes stays as it is (a no-op, not recorded). */
    public static Edit removeVote(String id) {
        return Edit.of("edit.card.vote.remove", map -> changeCard(map, id,
                c -> c.votes() <= 0 ? c : c.withVotes(c.votes() - 1)));
    }

    /** Deletes the cards of the given ids; the cells they leave close their gaps. */
    public static Edit deleteCards(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        return Edit.of(copy.size() == 1 ? "edit.card.delete" : "edit.cards.delete", map -> {
            copy.forEach(id -> Existing.card(map, id));
            return Cells.remove(map, copy);
        });
    }

    /**
     * Copies each card of {@code ids} under the matching new id of {@code newIds}, placing each copy right after
     * its original in the same cell.
     */
    public static Edit duplicateCards(List<String> ids, List<String> newIds) {
        List<String> originals = List.copyOf(ids);
        List<String> copies = List.copyOf(newIds);
        if (originals.size() != copies.size()) {
            throw new IllegalArgumentException("duplicating " + originals.size() + " cards needs as many new ids, got "
                    + copies.size());
        }
        if (new HashSet<>(copies).size() != copies.size()) {
            throw new IllegalArgumentException("the new ids for duplicated cards must differ: " + copies);
        }
        return Edit.of(originals.size() == 1 ? "edit.card.duplicate" : "edit.cards.duplicate", map -> {
            JourneyMap result = map;
            for (int i = 0; i < originals.size(); i++) {
                Card original = Existing.card(result, originals.get(i));
                Existing.requireFreeId(result, "card", copies.get(i));
                Card copy = original.withId(copies.get(i));
                int after = Cells.sorted(result.cards(), Cells.Cell.of(original)).indexOf(original) + 1;
                List<Card> cards = new ArrayList<>(result.cards());
                cards.add(copy);
                result = Cells.place(result.withCards(cards), List.of(copy), copy.phaseId(), copy.laneId(), after);
            }
            return result;
        });
    }

    private static JourneyMap place(JourneyMap map, List<String> ids, String phaseId, String laneId, int index) {
        List<String> phaseOrder = map.phases().stream().map(p -> p.id()).toList();
        List<String> laneOrder = map.lanes().stream().map(l -> l.id()).toList();
        Existing.phase(map, phaseId);
        Existing.lane(map, laneId);
        Set<String> seen = new HashSet<>();
        List<Card> moving = new ArrayList<>();
        for (String id : ids) {
            if (seen.add(id)) {
                moving.add(Existing.card(map, id));
            }
        }
        moving.sort(Comparator.<Card>comparingInt(c -> phaseOrder.indexOf(c.phaseId()))
                .thenComparingInt(c -> laneOrder.indexOf(c.laneId()))
                .thenComparingInt(Card::order)
                .thenComparing(Card::id));
        return Cells.place(map, moving, phaseId, laneId, index);
    }

    private static JourneyMap changeCard(JourneyMap map, String id, UnaryOperator<Card> change) {
        Existing.card(map, id);
        return map.mapCard(id, change);
    }

    private static void requireSamePlace(Card before, Card after) {
        if (!after.id().equals(before.id()) || !after.isIn(before.phaseId(), before.laneId())
                || after.order() != before.order()) {
            throw new IllegalArgumentException("updating card '" + before.id()
                    + "' must keep its id and place; use moveCard to move it");
        }
    }
}
