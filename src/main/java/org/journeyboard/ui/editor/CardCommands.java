package org.journeyboard.ui.editor;

import org.journeyboard.model.Lane;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.journeyboard.edit.CardEdits;
import org.journeyboard.edit.CurveEdits;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/**
 * The editor's card commands (new, delete, duplicate, select all, find, copy, cut, paste, move with the keyboard),
 * each one undo step, acting on a {@link MapDocument}'s selection. The system clipboard is behind {@link TextClipboard}
 * so that the commands are tested without a window.
 */
public final class CardCommands {
    private final MapDocument doc;
    private final TextClipboard clipboard;

    public CardCommands(MapDocument doc, TextClipboard clipboard) {
        this.doc = doc;
        this.clipboard = clipboard;
    }

    /**
     * Adds a card of {@code kind} (with {@code type} for a touchpoint, else null) at {@code index} of a cell, selects
     * it and returns its id, so that the canvas can open its title for editing.
     */
    public String addCard(CardKind kind, TouchpointType type, String phaseId, String laneId, int index) {
        JourneyMap map = doc.map();
        String id = Ids.nextNotIn("card", Ids.allIn(map));
        Card card = Card.of(id, phaseId, laneId, index, kind, EditorTexts.get(locale(), "card.new.title"));
        if (kind == CardKind.TOUCHPOINT && type != null) {
            card = card.withTouchpoint(Touchpoint.of(type));
        } else if (kind == CardKind.PAIN_POINT) {
            card = card.withSeverity(3);
        } else if (kind == CardKind.OPPORTUNITY) {
            card = card.withImpactAndEffort(3, 3);
        }
        doc.apply(CardEdits.addCard(card), new Selection.Cards(List.of(id)));
        return id;
    }

    /**
     * Deletes the selected cards, or the selected curve point; the point's emotion cell is selected then, so the
     * keyboard stays where it was.
     */
    public void deleteSelection() {
        Selection s = doc.selection();
        if (s instanceof Selection.Cards c) {
            doc.apply(CardEdits.deleteCards(c.ids()));
        } else if (s instanceof Selection.CurvePointSelected p) {
            JourneyMap map = doc.map();
            Selection after = CurveNavigation.emotionLane(map).flatMap(lane -> map.curve(p.curveId())
                    .flatMap(c -> c.points().stream().filter(q -> q.id().equals(p.pointId())).findFirst())
                    .map(q -> (Selection) new Selection.CellSelected(q.phaseId(), lane))).orElse(Selection.NONE);
            doc.apply(CurveEdits.deleteCurvePoint(p.curveId(), p.pointId()), after);
        }
    }

    /** Duplicates the selected cards next to their originals and selects the copies. */
    public void duplicateSelection() {
        List<String> ids = doc.selectedCardIds();
        if (ids.isEmpty()) {
            return;
        }
        List<String> copies = newCardIds(doc.map(), ids.size());
        doc.apply(CardEdits.duplicateCards(ids, copies), Selection.ofCards(copies));
    }

    /** Selects every card of the map. */
    public void selectAll() {
        doc.select(Selection.ofCards(doc.map().cards().stream().map(Card::id).toList()));
    }

    /** The cards whose title or notes contain {@code query} (ignoring case), in map order. */
    public List<String> find(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        return doc.map().cards().stream()
                .filter(c -> c.title().toLowerCase(Locale.ROOT).contains(q) || c.notes().toLowerCase(Locale.ROOT).contains(q))
                .map(Card::id).toList();
    }

    /** Puts the selected cards on the clipboard (ours as JSON and as plain text); false when no card is selected. */
    public boolean copy() {
        List<String> ids = doc.selectedCardIds();
        if (ids.isEmpty()) {
            return false;
        }
        clipboard.put(CardClipboard.toJson(doc.map(), ids), CardClipboard.toPlainText(doc.map(), ids));
        return true;
    }

    /** Copies, then deletes the selected cards (one undo step for the delete). */
    public void cut() {
        if (copy()) {
            deleteSelection();
        }
    }

    /**
     * Pastes cards from the clipboard as new cards, selected: into the selected cell or the cell of the first selected
     * card; otherwise each into its own phase and lane where this map has them, else into the first cell. Plain text
     * that is not ours becomes one note card per line. Returns the new ids.
     */
    public List<String> paste() {
        JourneyMap map = doc.map();
        List<Lane> lanes = CardLanes.of(map);
        if (map.phases().isEmpty() || lanes.isEmpty()) {
            return List.of();
        }
        List<Card> cards = clipboardCards();
        if (cards.isEmpty()) {
            return List.of();
        }
        Optional<Selection.CellSelected> target = targetCell(map);
        List<Card> pasted = new ArrayList<>();
        List<String> newIds = newCardIds(map, cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            String id = newIds.get(i);
            String phase = target.map(Selection.CellSelected::phaseId)
                    .orElse(map.phase(c.phaseId()).isPresent() ? c.phaseId() : map.phases().get(0).id());
            String lane = target.map(Selection.CellSelected::laneId)
                    .orElse(CardLanes.takesCards(map, c.laneId()) ? c.laneId() : lanes.get(0).id());
            pasted.add(c.withId(id).withPlace(phase, lane, Integer.MAX_VALUE));
        }
        doc.apply(CardEdits.pasteCards(pasted), Selection.ofCards(newIds));
        return newIds;
    }

    private List<Card> clipboardCards() {
        Optional<String> ours = clipboard.journeyboardText();
        if (ours.isPresent()) {
            Optional<List<Card>> parsed = CardClipboard.parse(ours.get());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        List<Card> notes = new ArrayList<>();
        clipboard.plainText().ifPresent(text -> text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(line -> notes.add(Card.of("clip", "", "", 0, CardKind.NOTE, line))));
        return notes;
    }

    private Optional<Selection.CellSelected> targetCell(JourneyMap map) {
        Selection s = doc.selection();
        if (s instanceof Selection.CellSelected cell) {
            // an emotion cell (reached with the arrow keys) takes points, not cards
            return CardLanes.takesCards(map, cell.laneId()) ? Optional.of(cell) : Optional.empty();
        }
        return s.cardIds().stream().findFirst().flatMap(map::card)
                .map(c -> new Selection.CellSelected(c.phaseId(), c.laneId()));
    }

    /**
     * Moves the selected cards one step: left/right to the neighbouring phase, up/down one place within their cell
     * (Ctrl+arrows). One undo step.
     */
    public void moveSelected(Direction direction) {
        List<String> ids = doc.selectedCardIds();
        if (ids.isEmpty()) {
            return;
        }
        doc.apply(KeyboardMoves.move(ids, direction));
    }

    /** {@code n} card ids that {@code map} does not use yet, for new cards and copies. */
    public static List<String> newCardIds(JourneyMap map, int n) {
        Set<String> taken = new HashSet<>(Ids.allIn(map));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = Ids.nextNotIn("card", taken);
            taken.add(id);
            ids.add(id);
        }
        return ids;
    }

    private Locale locale() {
        return doc.locale();
    }
}
