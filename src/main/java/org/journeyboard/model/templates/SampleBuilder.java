package org.journeyboard.model.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/**
 * Writes a sample map on top of the IHK 7 template: cards are placed by phase key and lane kind, numbered in
 * their cell in the order they are added, and given readable ids, so that a sample reads like its story.
 */
final class SampleBuilder {
    private static final List<LaneKind> LANES = List.of(LaneKind.TOUCHPOINTS, LaneKind.ACTIONS, LaneKind.THOUGHTS,
            LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS, LaneKind.BACKSTAGE,
            LaneKind.NOTES);

    private JourneyMap map;
    private final List<Card> cards = new ArrayList<>();
    private final Map<String, Integer> nextOrder = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<CurvePoint> points = new ArrayList<>();
    private final Map<String, Integer> pointsPerPhase = new HashMap<>();
    private Persona persona;

    SampleBuilder(Language language, Instant time, String author, String title, String description) {
        map = Templates.create(TemplateKind.IHK7, language, time)
                .withLanes(Templates.lanes(LANES, language))
                .withTitle(title)
                .withDescription(description)
                .withAuthor(author);
    }

    SampleBuilder persona(Persona p) {
        persona = p;
        map = map.withPersonas(List.of(p));
        return this;
    }

    /** Adds a key figure to a phase's KPI list (shown in the phase header, unlike a KPI card). */
    SampleBuilder kpi(String phaseKey, String name, String target, String actual) {
        map = map.mapPhase(Templates.phaseId(phaseKey), p -> {
            List<Kpi> kpis = new ArrayList<>(p.kpis());
            kpis.add(new Kpi(name, target, actual));
            return p.withKpis(kpis);
        });
        return this;
    }

    SampleBuilder touchpoint(String phaseKey, String slug, TouchpointType type, String title) {
        return touchpoint(phaseKey, slug, Touchpoint.of(type), title);
    }

    SampleBuilder touchpoint(String phaseKey, String slug, Touchpoint touchpoint, String title) {
        return add(card(phaseKey, slug, LaneKind.TOUCHPOINTS, CardKind.TOUCHPOINT, title).withTouchpoint(touchpoint));
    }

    SampleBuilder action(String phaseKey, String slug, String title) {
        return add(card(phaseKey, slug, LaneKind.ACTIONS, CardKind.ACTION, title));
    }

    SampleBuilder thought(String phaseKey, String slug, String title) {
        return add(card(phaseKey, slug, LaneKind.THOUGHTS, CardKind.THOUGHT, title));
    }

    SampleBuilder painPoint(String phaseKey, String slug, String title, int severity) {
        return add(card(phaseKey, slug, LaneKind.PAIN_POINTS, CardKind.PAIN_POINT, title).withSeverity(severity));
    }

    SampleBuilder opportunity(String phaseKey, String slug, String title, int impact, int effort) {
        return add(card(phaseKey, slug, LaneKind.OPPORTUNITIES, CardKind.OPPORTUNITY, title)
                .withImpactAndEffort(impact, effort));
    }

    SampleBuilder kpiCard(String phaseKey, String slug, String title) {
        return add(card(phaseKey, slug, LaneKind.KPIS, CardKind.KPI, title));
    }

    SampleBuilder backstage(String phaseKey, String slug, String title) {
        return add(card(phaseKey, slug, LaneKind.BACKSTAGE, CardKind.BACKSTAGE, title));
    }

    SampleBuilder note(String phaseKey, String slug, String title) {
        return add(card(phaseKey, slug, LaneKind.NOTES, CardKind.NOTE, title));
    }

    /** Sets how the customer felt at the card added last (-2..+2). */
    SampleBuilder emotion(int score) {
        replaceLast(cards.get(cards.size() - 1).withEmotion(score));
        return this;
    }

    /** Sets the notes of the card added last. */
    SampleBuilder notes(String text) {
        replaceLast(cards.get(cards.size() - 1).withNotes(text));
        return this;
    }

    /** Adds a point to the persona's emotion curve; points are numbered per phase ("point-purchase-2"). */
    SampleBuilder point(String phaseKey, double position, int score, String label) {
        int n = pointsPerPhase.merge(phaseKey, 1, Integer::sum);
        points.add(new CurvePoint("point-" + phaseKey + "-" + n, Templates.phaseId(phaseKey), position, score, label));
        return this;
    }

    /** The finished map; its one curve belongs to the persona and replaces the template's empty curve. */
    JourneyMap build(String curveId, String curveName, Colour curveColour) {
        String personaId = persona == null ? null : persona.id();
        EmotionCurve curve = new EmotionCurve(curveId, curveName, curveColour, personaId, points);
        return map.withCards(cards).withCurves(List.of(curve));
    }

    private Card card(String phaseKey, String slug, LaneKind lane, CardKind kind, String title) {
        String id = "card-" + slug;
        if (!ids.add(id)) {
            throw new IllegalStateException("two cards with the id " + id);
        }
        String phaseId = Templates.phaseId(phaseKey);
        if (map.phase(phaseId).isEmpty()) {
            throw new IllegalArgumentException("no phase " + phaseId + " for " + id);
        }
        String laneId = Templates.laneId(lane);
        int order = nextOrder.merge(phaseId + "/" + laneId, 1, Integer::sum) - 1;
        return Card.of(id, phaseId, laneId, order, kind, title);
    }

    private SampleBuilder add(Card card) {
        cards.add(card);
        return this;
    }

    private void replaceLast(Card card) {
        cards.set(cards.size() - 1, card);
    }
}
