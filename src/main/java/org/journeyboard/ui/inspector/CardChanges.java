package org.journeyboard.ui.inspector;

import java.util.List;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.Edit;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/** Card edits the edit package has no shortcut for (kind, touchpoint, ratings), built on {@link CardEdits#updateCard}. */
final class CardChanges {
    private CardChanges() {
    }

    /**
     * Turns a card into another kind: it gains that kind's fields (a touchpoint keeps or gets a type, a pain point
     * severity 3, an opportunity impact and effort 3) and loses the fields of its old kind.
     */
    static Card withKind(Card c, CardKind kind) {
        Touchpoint tp = kind == CardKind.TOUCHPOINT
                ? (c.touchpoint() != null ? c.touchpoint() : Touchpoint.of(TouchpointType.CUSTOM)) : null;
        Integer severity = kind == CardKind.PAIN_POINT ? (c.severity() != null ? c.severity() : 3) : null;
        Integer impact = kind == CardKind.OPPORTUNITY ? (c.impact() != null ? c.impact() : 3) : null;
        Integer effort = kind == CardKind.OPPORTUNITY ? (c.effort() != null ? c.effort() : 3) : null;
        return new Card(c.id(), c.phaseId(), c.laneId(), c.order(), kind, c.title(), c.notes(), tp, severity, impact,
                effort, c.emotion(), c.votes(), c.extras());
    }

    static Edit kind(List<String> ids, CardKind kind) {
        List<Edit> edits = ids.stream().map(id -> CardEdits.updateCard(id, c -> withKind(c, kind))).toList();
        return edits.size() == 1 ? edits.get(0) : Edit.compose("edit.card.update", edits);
    }

    static Edit emotion(List<String> ids, Integer emotion) {
        List<Edit> edits = ids.stream().map(id -> CardEdits.setCardEmotion(id, emotion)).toList();
        return edits.size() == 1 ? edits.get(0) : Edit.compose("edit.card.emotion", edits);
    }

    /** A new library type brings that type's usual reach and channel; a custom name is kept. */
    static Edit touchpointType(String id, TouchpointType type) {
        return CardEdits.updateCard(id, c -> c.withTouchpoint(new Touchpoint(type, custom(c), type.usualReach(),
                type.usualChannel())));
    }

    static Edit customType(String id, String name) {
        return Merging.as("card:" + id + ":customType", CardEdits.updateCard(id, c -> c.withTouchpoint(
                new Touchpoint(type(c), name, reach(c), channel(c)))));
    }

    static Edit reach(String id, Reach reach) {
        return CardEdits.updateCard(id, c -> c.withTouchpoint(new Touchpoint(type(c), custom(c), reach, channel(c))));
    }

    static Edit channel(String id, Channel channel) {
        return CardEdits.updateCard(id, c -> c.withTouchpoint(new Touchpoint(type(c), custom(c), reach(c), channel)));
    }

    static Edit severity(String id, int severity) {
        return CardEdits.updateCard(id, c -> c.withSeverity(severity));
    }

    static Edit impact(String id, int impact) {
        return CardEdits.updateCard(id, c -> c.withImpactAndEffort(impact, c.effort()));
    }

    static Edit effort(String id, int effort) {
        return CardEdits.updateCard(id, c -> c.withImpactAndEffort(c.impact(), effort));
    }

    private static Touchpoint tp(Card c) {
        return c.touchpoint() != null ? c.touchpoint() : Touchpoint.of(TouchpointType.CUSTOM);
    }

    private static TouchpointType type(Card c) {
        return tp(c).type();
    }

    private static String custom(Card c) {
        return tp(c).customType();
    }

    private static Reach reach(Card c) {
        return tp(c).reach();
    }

    private static Channel channel(Card c) {
        return tp(c).channel();
    }
}
