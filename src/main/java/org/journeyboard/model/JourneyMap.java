package org.journeyboard.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A customer journey map: the whole document. Immutable; every edit makes a new map.
 * Phases and lanes are in display order; cards are in any order (each knows its cell and its order there).
 */
public record JourneyMap(String title, String description, Language language, String author, Instant created,
                         Instant modified, List<Persona> personas, List<Phase> phases, List<Lane> lanes,
                         List<Card> cards, List<EmotionCurve> curves, Extras extras) {

    public JourneyMap {
        title = Text.orEmpty(title);
        description = Text.orEmpty(description);
        language = language == null ? Language.EN : language;
        author = Text.orEmpty(author);
        created = created == null ? Instant.EPOCH : created;
        modified = modified == null ? created : modified;
        personas = Text.list(personas);
        phases = Text.list(phases);
        lanes = Text.list(lanes);
        cards = Text.list(cards);
        curves = Text.list(curves);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** An empty map with the given title and language, created and modified at {@code now}. */
    public static JourneyMap empty(String title, Language language, Instant now) {
        return new JourneyMap(title, "", language, "", now, now, List.of(), List.of(), List.of(), List.of(),
                List.of(), Extras.NONE);
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Lane> lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Persona> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<EmotionCurve> curve(String id) {
        return curves.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The cards of one cell, sorted by their order (ties by id, so the result is stable). */
    public List<Card> cardsIn(String phaseId, String laneId) {
        List<Card> result = new ArrayList<>();
        for (Card c : cards) {
            if (c.isIn(phaseId, laneId)) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparingInt(Card::order).thenComparing(Card::id));
        return result;
    }

    public JourneyMap withTitle(String v) {
        return new JourneyMap(v, description, language, author, created, modified, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withDescription(String v) {
        return new JourneyMap(title, v, language, author, created, modified, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withLanguage(Language v) {
        return new JourneyMap(title, description, v, author, created, modified, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withAuthor(String v) {
        return new JourneyMap(title, description, language, v, created, modified, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withCreated(Instant v) {
        return new JourneyMap(title, description, language, author, v, modified, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withModified(Instant v) {
        return new JourneyMap(title, description, language, author, created, v, personas, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withPersonas(List<Persona> v) {
        return new JourneyMap(title, description, language, author, created, modified, v, phases, lanes, cards, curves, extras);
    }

    public JourneyMap withPhases(List<Phase> v) {
        return new JourneyMap(title, description, language, author, created, modified, personas, v, lanes, cards, curves, extras);
    }

    public JourneyMap withLanes(List<Lane> v) {
        return new JourneyMap(title, description, language, author, created, modified, personas, phases, v, cards, curves, extras);
    }

    public JourneyMap withCards(List<Card> v) {
        return new JourneyMap(title, description, language, author, created, modified, personas, phases, lanes, v, curves, extras);
    }

    public JourneyMap withCurves(List<EmotionCurve> v) {
        return new JourneyMap(title, description, language, author, created, modified, personas, phases, lanes, cards, v, extras);
    }

    public JourneyMap withExtras(Extras v) {
        return new JourneyMap(title, description, language, author, created, modified, personas, phases, lanes, cards, curves, v);
    }

    /** This map with the card of that id replaced by {@code change} applied to it; unchanged if there is none. */
    public JourneyMap mapCard(String id, UnaryOperator<Card> change) {
        return withCards(cards.stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList());
    }

    public JourneyMap mapPhase(String id, UnaryOperator<Phase> change) {
        return withPhases(phases.stream().map(p -> p.id().equals(id) ? change.apply(p) : p).toList());
    }

    public JourneyMap mapLane(String id, UnaryOperator<Lane> change) {
        return withLanes(lanes.stream().map(l -> l.id().equals(id) ? change.apply(l) : l).toList());
    }

    public JourneyMap mapPersona(String id, UnaryOperator<Persona> change) {
        return withPersonas(personas.stream().map(p -> p.id().equals(id) ? change.apply(p) : p).toList());
    }

    public JourneyMap mapCurve(String id, UnaryOperator<EmotionCurve> change) {
        return withCurves(curves.stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList());
    }
}
