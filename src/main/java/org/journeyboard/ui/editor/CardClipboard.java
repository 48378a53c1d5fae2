package org.journeyboard.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyJson;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;

/**
 * Cards as clipboard text: our own JSON (a small journey map holding the cards with their phases and lanes, so a
 * paste into another map keeps where it can) for Journeyboard, and plain lines of titles for other programs.
 */
public final class CardClipboard {
    /** Marks the JSON as ours, so that a paste of some other JSON is not mistaken for cards. */
    static final String MARK = "journeyboard-clipboard";

    private CardClipboard() {
    }

    /** The cards of {@code ids} (in map order) as our JSON. */
    public static String toJson(JourneyMap map, List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        List<Card> cards = map.cards().stream().filter(c -> wanted.contains(c.id())).toList();
        Set<String> phases = new LinkedHashSet<>();
        Set<String> lanes = new LinkedHashSet<>();
        cards.forEach(c -> {
            phases.add(c.phaseId());
            lanes.add(c.laneId());
        });
        JourneyMap fragment = JourneyMap.empty(MARK, map.language(), Instant.EPOCH)
                .withPhases(map.phases().stream().filter(p -> phases.contains(p.id())).toList())
                .withLanes(map.lanes().stream().filter(l -> lanes.contains(l.id())).toList())
                .withCards(cards);
        return JourneyJson.write(fragment);
    }

    /** The titles of the cards of {@code ids}, one per line, for pasting into a text editor or a mail. */
    public static String toPlainText(JourneyMap map, List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        List<String> lines = new ArrayList<>();
        map.cards().stream().filter(c -> wanted.contains(c.id())).forEach(c -> lines.add(c.title()));
        return String.join(System.lineSeparator(), lines);
    }

    /** The cards in clipboard text, if it is ours; empty for anything else (plain text, other JSON, broken JSON). */
    public static Optional<List<Card>> parse(String text) {
        if (text == null || !text.contains(MARK)) {
            return Optional.empty();
        }
        try {
            JourneyMap fragment = JourneyJson.read(text, "clipboard");
            return MARK.equals(fragment.title()) ? Optional.of(fragment.cards()) : Optional.empty();
        } catch (JourneyFileException e) {
            return Optional.empty();
        }
    }
}
