package org.journeyboard.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;

/**
 * Where two layouts of a map draw differently, so that pictures of unchanged parts can be kept. Only cards are
 * compared one by one (an edit usually touches a few of thousands); any other difference (title, personas, phases,
 * lanes, emotion curves, size, style) counts as a change of everything. The answer errs on the side of "changed":
 * parts compare by record equality, which never calls two different looks equal. When the new layout was made from
 * the old one, it names the cells it placed anew ({@link MapLayout#cardsReplacedSince}) and only their cards are compared.
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
        Optional<MapLayout.ReplacedCards> replaced = now.cardsReplacedSince(before);
        if (replaced.isPresent()) {
            return betweenReplaced(replaced.get().before(), replaced.get().now());
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
     * The answer from the cards of the cells that a layout made from the other one placed anew ({@code before} and
     * {@code now}, the boxes of those cells in each); every other card is the same box in the same place of the
     * drawing order. As for any two layouts, the cards both have must keep their order (a card moved to another
     * cell counts as a change of everything: the canvas then paints the view at once, which measured faster than
     * painting the tiles of both cells again). Empty when a card id comes
     * twice (then what "the same card" means is unclear).
     */
    private static Optional<List<Rect>> betweenReplaced(List<CardBox> before, List<CardBox> now) {
        Optional<List<Rect>> aligned = sameCardsInPlace(before, now);
        if (aligned.isPresent()) {
            return aligned;
        }
        Map<String, CardBox> was = byId(before);
        Map<String, CardBox> is = byId(now);
        if (was == null || is == null) {
            return Optional.empty();
        }
        List<Rect> areas = new ArrayList<>();
        List<String> keptNow = new ArrayList<>();
        for (CardBox card : now) {
            CardBox old = was.get(card.cardId());
            if (old != null) {
                keptNow.add(card.cardId());
            }
            if (!card.equals(old)) {
                areas.add(card.rect().inflate(CARD_BLEED));
                if (old != null) {
                    areas.add(old.rect().inflate(CARD_BLEED));
                }
            }
        }
        List<String> keptBefore = new ArrayList<>();
        for (CardBox old : before) {
            CardBox card = is.get(old.cardId());
            if (card != null) {
                keptBefore.add(old.cardId());
            } else {
                areas.add(old.rect().inflate(CARD_BLEED));
            }
        }
        return keptBefore.equals(keptNow) ? Optional.of(areas) : Optional.empty();
    }

    /** The boxes by card id, or null when an id comes twice. */
    private static Map<String, CardBox> byId(List<CardBox> boxes) {
        Map<String, CardBox> byId = new HashMap<>();
        for (CardBox b : boxes) {
            if (byId.put(b.cardId(), b) != null) {
                return null;
            }
        }
        return byId;
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
