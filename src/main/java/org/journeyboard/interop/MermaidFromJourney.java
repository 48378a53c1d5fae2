package org.journeyboard.interop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeyboard.model.Card;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/**
 * A map as a mermaid journey: phases are sections; the cards of the actions lanes (or, when those hold none, of the
 * touchpoints lanes) are the tasks. The cards of a phase stand at even places across it, as an import puts them;
 * each curve point belongs to the card whose place is nearest. A task's score is 3 + the card's emotion, else 3 +
 * the score of its points, else of the curve point nearest to it in its phase, else 3; its actors are the personas
 * whose curves have a point at that card.
 */
final class MermaidFromJourney {
    private MermaidFromJourney() {
    }

    /** The diagram, texts already written as mermaid reads them back. */
    static MermaidJourney journey(JourneyMap map) {
        List<Lane> lanes = taskLanes(map);
        Map<String, Persona> personas = map.personas().stream()
                .collect(Collectors.toMap(Persona::id, Function.identity(), (a, b) -> a));
        List<String> sections = new ArrayList<>();
        List<MermaidJourney.Task> tasks = new ArrayList<>();
        for (int p = 0; p < map.phases().size(); p++) {
            Phase phase = map.phases().get(p);
            List<Card> cards = new ArrayList<>();
            lanes.forEach(l -> cards.addAll(map.cardsIn(phase.id(), l.id())));
            int section;
            if (p == 0 && JavaScriptRules.trim(phase.name()).isEmpty() && !cards.isEmpty()) {
                section = -1; // tasks before the first section: how a diagram has a section without a name
            } else {
                sections.add(MermaidText.diagram(phase.name(), MermaidText.Place.LINE));
                section = sections.size() - 1;
            }
            List<List<Point>> byCard = new ArrayList<>();
            cards.forEach(c -> byCard.add(new ArrayList<>()));
            List<Point> inPhase = new ArrayList<>();
            for (EmotionCurve curve : map.curves()) {
                for (CurvePoint point : curve.points()) {
                    if (point.phaseId().equals(phase.id())) {
                        Point pt = new Point(curve, point);
                        inPhase.add(pt);
                        if (!cards.isEmpty()) {
                            byCard.get(nearestCard(point.position(), cards.size())).add(pt);
                        }
                    }
                }
            }
            for (int k = 0; k < cards.size(); k++) {
                Card card = cards.get(k);
                Set<String> actors = new LinkedHashSet<>();
                for (Point pt : byCard.get(k)) {
                    Persona persona = pt.curve().personaId() == null ? null : personas.get(pt.curve().personaId());
                    if (persona != null && !JavaScriptRules.trim(persona.name()).isEmpty()) {
                        actors.add(MermaidText.diagram(persona.name(), MermaidText.Place.ACTOR));
                    }
                }
                int score = 3 + emotion(card, byCard.get(k), inPhase, (k + 0.5) / cards.size());
                tasks.add(new MermaidJourney.Task(section, MermaidText.diagram(card.title(), MermaidText.Place.TASK),
                        Math.max(1, Math.min(5, score)), List.copyOf(actors)));
            }
        }
        return new MermaidJourney(MermaidText.diagram(map.title(), MermaidText.Place.LINE).replace("#32;", ""),
                "", MermaidText.diagram(map.description(), MermaidText.Place.BLOCK), sections, tasks);
    }

    /** The actions lanes when they hold a card, else the touchpoints lanes. */
    static List<Lane> taskLanes(JourneyMap map) {
        for (LaneKind kind : List.of(LaneKind.ACTIONS, LaneKind.TOUCHPOINTS)) {
            List<Lane> lanes = map.lanes().stream().filter(l -> l.kind() == kind).toList();
            boolean hasCards = map.cards().stream().anyMatch(c -> lanes.stream().anyMatch(l -> l.id().equals(c.laneId())));
            if (hasCards) {
                return lanes;
            }
        }
        return List.of();
    }

    private static int emotion(Card card, List<Point> own, List<Point> inPhase, double place) {
        if (card.emotion() != null) {
            return card.emotion();
        }
        if (!own.isEmpty()) {
            return own.get(0).point().score();
        }
        Point nearest = null;
        for (Point pt : inPhase) {
            if (nearest == null
                    || Math.abs(pt.point().position() - place) < Math.abs(nearest.point().position() - place)) {
                nearest = pt;
            }
        }
        return nearest == null ? 0 : nearest.point().score();
    }

    /** The card (of {@code count} at even places) nearest to a point at {@code position}; ties go left. */
    private static int nearestCard(double position, int count) {
        int k = (int) Math.ceil(position * count - 0.5 - 1e-9);
        return Math.max(0, Math.min(count - 1, k));
    }

    private record Point(EmotionCurve curve, CurvePoint point) {
    }
}
