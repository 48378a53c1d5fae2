package org.journeyboard.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.journeyboard.paint.MapColours;

/**
 * What a mermaid journey means on a map: sections are phases, tasks are action cards in the actions lane in their
 * order, each actor a persona with an emotion curve (score 1..5 is −2..+2, one point per task, spread across its
 * phase in task order), tasks without actors on one curve named after the map; the other lanes of the IHK-7 set
 * stay empty. The score is the curve's, not the card's: a card keeps no emotion of its own, so dragging the curve
 * later is what an export writes.
 */
final class JourneyFromMermaid {
    /** A score that a map can hold, and how it came from the diagram's; {@code key} is null when it is as written. */
    record Score(Integer value, String key) {
    }

    private JourneyFromMermaid() {
    }

    /** The map; {@code fallbackName} names the curve of actor-less tasks when the diagram has no title. */
    static JourneyMap map(MermaidJourney journey, Language language, Instant now, String fallbackName) {
        Set<String> taken = new HashSet<>();
        String title = JavaScriptRules.trim(MermaidText.plain(journey.title()));
        if (title.isEmpty()) {
            title = JavaScriptRules.trim(MermaidText.plain(journey.accTitle()));
        }
        List<Lane> lanes = Templates.create(TemplateKind.IHK7, language, now).lanes();
        String actionsLane = lanes.stream().filter(l -> l.kind() == LaneKind.ACTIONS).findFirst().orElseThrow().id();
        lanes.forEach(l -> taken.add(l.id()));

        // a task before the first section gets a phase without a name, so that writing the map back puts it there
        boolean leadingTasks = journey.tasks().stream().anyMatch(t -> t.section() < 0);
        List<String> names = new ArrayList<>();
        if (leadingTasks) {
            names.add("");
        }
        journey.sections().forEach(s -> names.add(JavaScriptRules.trim(MermaidText.plain(s))));
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            phases.add(new Phase(id("phase", taken), names.get(i), Templates.phaseColour(i, names.size())));
        }
        int shift = leadingTasks ? 1 : 0;

        List<Card> cards = new ArrayList<>();
        Map<String, List<CurvePoint>> pointsByActor = new LinkedHashMap<>();
        List<CurvePoint> unnamed = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            int section = p - shift;
            List<MermaidJourney.Task> tasks = journey.tasks().stream().filter(t -> t.section() == section).toList();
            for (int i = 0; i < tasks.size(); i++) {
                MermaidJourney.Task task = tasks.get(i);
                String phaseId = phases.get(p).id();
                cards.add(Card.of(id("card", taken), phaseId, actionsLane, i, CardKind.ACTION,
                        JavaScriptRules.trim(MermaidText.plain(task.name()))));
                Score score = score(task);
                if (score.value() == null) {
                    continue;
                }
                double position = (i + 0.5) / tasks.size();
                List<String> actors = actors(task);
                if (actors.isEmpty()) {
                    unnamed.add(new CurvePoint(id("point", taken), phaseId, position, score.value() - 3, ""));
                }
                for (String actor : actors) {
                    pointsByActor.computeIfAbsent(actor, a -> new ArrayList<>())
                            .add(new CurvePoint(id("point", taken), phaseId, position, score.value() - 3, ""));
                }
            }
        }
        // personas for every actor, also one whose tasks have no score
        for (MermaidJourney.Task task : journey.tasks()) {
            actors(task).forEach(a -> pointsByActor.computeIfAbsent(a, x -> new ArrayList<>()));
        }
        List<Persona> personas = new ArrayList<>();
        List<EmotionCurve> curves = new ArrayList<>();
        for (Map.Entry<String, List<CurvePoint>> e : pointsByActor.entrySet()) {
            Persona persona = new Persona(id("persona", taken), e.getKey(), "");
            personas.add(persona);
            curves.add(new EmotionCurve(id("curve", taken), e.getKey(), colour(curves.size()), persona.id(),
                    e.getValue()));
        }
        if (!unnamed.isEmpty()) {
            String name = title.isEmpty() ? fallbackName : title;
            curves.add(new EmotionCurve(id("curve", taken), name, colour(curves.size()), null, unnamed));
        }
        return JourneyMap.empty(title, language, now)
                .withDescription(MermaidText.plain(journey.accDescr()))
                .withPhases(phases)
                .withLanes(lanes)
                .withCards(cards)
                .withPersonas(personas)
                .withCurves(curves);
    }

    /** The actors as personas are named: shown text, trimmed, no empty ones, each once. */
    static List<String> actors(MermaidJourney.Task task) {
        return task.actors().stream().map(a -> JavaScriptRules.trim(MermaidText.plain(a)))
                .filter(a -> !a.isEmpty()).distinct().toList();
    }

    /**
     * A mermaid score as 1..5: not a number (or nothing, which JavaScript reads as 0) gives none; beyond 1..5 is
     * clamped; a fraction is rounded half up.
     */
    static Score score(MermaidJourney.Task task) {
        double score = task.score();
        if (Double.isNaN(score) || JavaScriptRules.trim(task.scoreText()).isEmpty()) {
            return new Score(null, "mermaid.score.notANumber");
        }
        double clamped = Math.max(1, Math.min(5, score));
        int value = (int) Math.floor(clamped + 0.5);
        if (clamped != score) {
            return new Score(value, "mermaid.score.clamped");
        }
        return new Score(value, value == score ? null : "mermaid.score.rounded");
    }

    private static org.journeyboard.model.Colour colour(int index) {
        return MapColours.CURVES.get(index % MapColours.CURVES.size());
    }

    private static String id(String prefix, Set<String> taken) {
        String id = Ids.nextNotIn(prefix, taken);
        taken.add(id);
        return id;
    }
}
