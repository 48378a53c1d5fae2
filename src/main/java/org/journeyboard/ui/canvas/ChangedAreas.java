package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;

/**
 * Where two layouts of a map draw differently, so that pictures of unchanged parts can be kept. Only cards are
 * compared one by one (an edit usually touches a few of thousands); any other difference (title, personas, phases,
 * lanes, emotion curves, size, style) counts as a change of everything. The answer errs on the side of "changed":
 * parts compare by record equality, which never calls two different looks equal.
 */
final class ChangedAreas {
    /** How far a card's look reaches beyond its rectangle (its shadow, the anti-aliased edge of its border). */
    static final double CARD_BLEED = 3;

    private ChangedAreas() {
    }

    /**
     * The map areas that {@code now} draws differently from {@code before}, or empty when everything may differ.
     * An identical layout gives an empty list.
     */
    static Optional<List<Rect>> between(MapLayout before, MapLayout now) {
        if (before == now) {
            return Optional.of(List.of());
        }
        if (before == null || now == null || !sameFrame(before, now)) {
            return Optional.empty();
        }
        Optional<List<Rect>> aligned = sameCardsInPlace(before.cards(), now.cards());
        if (aligned.isPresent()) {
            return aligned;
        }
        List<Rect> areas = new ArrayList<>();
        for (CardBox card : now.cards()) {
            CardBox old = before.card(card.cardId()).orElse(null);
            if (!card.equals(old)) {
                areas.add(card.rect().inflate(CARD_BLEED));
                if (old != null) {
                    areas.add(old.rect().inflate(CARD_BLEED));
                }
            }
        }
        for (CardBox old : before.cards()) {
            if (now.card(old.cardId()).isEmpty()) {
                areas.add(old.rect().inflate(CARD_BLEED));
            }
        }
        // the drawing order decides which of two overlapping cards is on top; a changed order may change the picture
        return sameOrder(before, now) ? Optional.of(areas) : Optional.empty();
    }

    /**
     * The answer in one pass when both layouts hold the same cards in the same drawing order (typing into a card,
     * most inspector edits): no card looked up by id, no order compared. Empty when the cards differ in any place.
     */
    private static Optional<List<Rect>> sameCardsInPlace(List<CardBox> before, List<CardBox> now) {
        if (before.size() != now.size()) {
            return Optional.empty();
        }
        List<Rect> areas = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            CardBox old = before.get(i);
            CardBox card = now.get(i);
            if (!old.cardId().equals(card.cardId())) {
                return Optional.empty();
            }
            if (!card.equals(old)) {
                areas.add(card.rect().inflate(CARD_BLEED));
                areas.add(old.rect().inflate(CARD_BLEED));
            }
        }
        return Optional.of(areas);
    }

    private static boolean sameFrame(MapLayout a, MapLayout b) {
        return a.width() == b.width() && a.height() == b.height()
                && Objects.equals(a.style(), b.style()) && Objects.equals(a.title(), b.title())
                && Objects.equals(a.grid(), b.grid()) && Objects.equals(a.phases(), b.phases())
                && Objects.equals(a.lanes(), b.lanes()) && Objects.equals(a.personas(), b.personas())
                && Objects.equals(a.emotionLanes(), b.emotionLanes());
    }

    /** Whether the cards that both layouts have are drawn in the same order. */
    private static boolean sameOrder(MapLayout a, MapLayout b) {
        List<String> inA = a.cards().stream().map(CardBox::cardId).filter(id -> b.card(id).isPresent()).toList();
        List<String> inB = b.cards().stream().map(CardBox::cardId).filter(id -> a.card(id).isPresent()).toList();
        return inA.equals(inB);
    }
}
