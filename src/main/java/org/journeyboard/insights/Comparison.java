package org.journeyboard.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.journeyboard.model.Card;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;

/**
 * Two maps side by side, {@code before} and {@code after} (as-is and to-be, good case and worst case, two versions):
 * phases matched by id, else by name; curves by id, else name, else persona, else the only curve of each; per shared
 * phase the mean of each curve pair and the difference (after − before); cards matched by id, else by kind, phase and
 * title; KPIs of shared phases by name.
 */
public record Comparison(JourneyMap before, JourneyMap after, List<PhasePair> phases, List<Phase> onlyBefore,
                         List<Phase> onlyAfter, List<CurvePair> curves, List<PhaseDifference> differences,
                         List<Card> cardsOnlyBefore, List<Card> cardsOnlyAfter, List<KpiPair> kpis) {

    /** A phase of both maps. */
    public record PhasePair(Phase before, Phase after) {
    }

    /** A curve of both maps. */
    public record CurvePair(EmotionCurve before, EmotionCurve after) {
    }

    /** One curve pair in one shared phase: each side's mean (null without points there) and after − before. */
    public record PhaseDifference(PhasePair phase, CurvePair curve, Double before, Double after) {
        public Double difference() {
            return before == null || after == null ? null : after - before;
        }
    }

    /** A KPI of a shared phase on either side or both (null where a side lacks it). */
    public record KpiPair(PhasePair phase, String name, Kpi before, Kpi after) {
    }

    public static Comparison of(JourneyMap before, JourneyMap after) {
        List<PhasePair> phases = match(before.phases(), after.phases(), List.of(Phase::id, p -> key(p.name())))
                .entrySet().stream().map(e -> new PhasePair(e.getKey(), e.getValue())).toList();
        Set<Phase> sharedBefore = new HashSet<>();
        Set<Phase> sharedAfter = new HashSet<>();
        phases.forEach(p -> {
            sharedBefore.add(p.before());
            sharedAfter.add(p.after());
        });
        List<CurvePair> curves = curves(before, after);
        List<PhaseDifference> differences = new ArrayList<>();
        Map<String, PhaseEmotion> emotionsBefore = byCurveAndPhase(Emotions.perPhase(before));
        Map<String, PhaseEmotion> emotionsAfter = byCurveAndPhase(Emotions.perPhase(after));
        for (CurvePair c : curves) {
            for (PhasePair p : phases) {
                PhaseEmotion b = emotionsBefore.get(c.before().id() + "\u0000" + p.before().id());
                PhaseEmotion a = emotionsAfter.get(c.after().id() + "\u0000" + p.after().id());
                differences.add(new PhaseDifference(p, c, b == null ? null : b.mean(), a == null ? null : a.mean()));
            }
        }
        Map<String, String> phaseOfAfter = new HashMap<>();
        phases.forEach(p -> phaseOfAfter.put(p.after().id(), p.before().id()));
        Map<Card, Card> cards = match(before.cards(), after.cards(), List.of(Card::id,
                c -> c.kind().code() + "\u0000" + c.phaseId() + "\u0000" + key(c.title())),
                List.of(Card::id, c -> c.kind().code() + "\u0000" + phaseOfAfter.getOrDefault(c.phaseId(), "\u0001"
                        + c.phaseId()) + "\u0000" + key(c.title())));
        Set<Card> matchedAfter = new HashSet<>(cards.values());
        return new Comparison(before, after, phases,
                before.phases().stream().filter(p -> !sharedBefore.contains(p)).toList(),
                after.phases().stream().filter(p -> !sharedAfter.contains(p)).toList(),
                curves, List.copyOf(differences),
                before.cards().stream().filter(c -> !cards.containsKey(c)).toList(),
                after.cards().stream().filter(c -> !matchedAfter.contains(c)).toList(),
                kpis(phases));
    }

    /** The pain points that only {@code after} has, in its ranking order. */
    public List<RankedPainPoint> painPointsOnlyAfter() {
        Set<Card> only = new HashSet<>(cardsOnlyAfter);
        return PainPoints.ranked(after).stream().filter(p -> only.contains(p.card())).toList();
    }

    /** The pain points that only {@code before} has, in its ranking order. */
    public List<RankedPainPoint> painPointsOnlyBefore() {
        Set<Card> only = new HashSet<>(cardsOnlyBefore);
        return PainPoints.ranked(before).stream().filter(p -> only.contains(p.card())).toList();
    }

    /** Shared phases where a curve falls from before to after, the deepest fall first. */
    public List<PhaseDifference> dives() {
        return differences.stream().filter(d -> d.difference() != null && d.difference() < 0)
                .sorted(java.util.Comparator.comparingDouble(PhaseDifference::difference)).toList();
    }

    private static List<CurvePair> curves(JourneyMap before, JourneyMap after) {
        Map<EmotionCurve, EmotionCurve> matched = match(before.curves(), after.curves(),
                List.of(EmotionCurve::id, c -> key(c.name()), c -> c.personaId() == null ? null : "persona:" + c.personaId()));
        List<EmotionCurve> restBefore = before.curves().stream().filter(c -> !matched.containsKey(c)).toList();
        List<EmotionCurve> restAfter = after.curves().stream().filter(c -> !matched.containsValue(c)).toList();
        List<CurvePair> pairs = new ArrayList<>();
        matched.forEach((b, a) -> pairs.add(new CurvePair(b, a)));
        if (restBefore.size() == 1 && restAfter.size() == 1) {
            pairs.add(new CurvePair(restBefore.get(0), restAfter.get(0)));
        }
        return List.copyOf(pairs);
    }

    private static List<KpiPair> kpis(List<PhasePair> phases) {
        List<KpiPair> pairs = new ArrayList<>();
        for (PhasePair p : phases) {
            // by name; KPIs without a name by their place in the list
            List<Kpi> b = p.before().kpis();
            List<Kpi> a = p.after().kpis();
            Map<Kpi, Kpi> matched = match(b, a, List.of(k -> key(k.name()), k -> unnamed(k, b)),
                    List.of(k -> key(k.name()), k -> unnamed(k, a)));
            for (Kpi k : b) {
                pairs.add(new KpiPair(p, k.name(), k, matched.get(k)));
            }
            for (Kpi k : a) {
                if (!matched.containsValue(k)) {
                    pairs.add(new KpiPair(p, k.name(), null, k));
                }
            }
        }
        return List.copyOf(pairs);
    }

    private static String unnamed(Kpi kpi, List<Kpi> list) {
        return key(kpi.name()).isEmpty() ? "#" + indexOf(list, kpi) : null;
    }

    private static int indexOf(List<Kpi> list, Kpi kpi) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == kpi) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, PhaseEmotion> byCurveAndPhase(List<PhaseEmotion> emotions) {
        Map<String, PhaseEmotion> map = new HashMap<>();
        emotions.forEach(e -> map.put(e.curveId() + "\u0000" + e.phaseId(), e));
        return map;
    }

    private static <T> Map<T, T> match(List<T> before, List<T> after, List<Function<T, String>> keys) {
        return match(before, after, keys, keys);
    }

    /**
     * Pairs elements of two lists: first all that agree in the first key, then among the rest the second, and so on;
     * each element at most once, in {@code before}'s order. Null or blank keys never match.
     */
    private static <T> Map<T, T> match(List<T> before, List<T> after, List<Function<T, String>> keysBefore,
                                       List<Function<T, String>> keysAfter) {
        Map<T, T> pairs = new LinkedHashMap<>();
        Set<T> taken = new HashSet<>();
        for (int k = 0; k < keysBefore.size(); k++) {
            Map<String, T> index = new HashMap<>();
            for (T a : after) {
                String key = keysAfter.get(k).apply(a);
                if (!taken.contains(a) && key != null && !key.isBlank()) {
                    index.putIfAbsent(key, a);
                }
            }
            for (T b : before) {
                if (pairs.containsKey(b)) {
                    continue;
                }
                String key = keysBefore.get(k).apply(b);
                T a = key == null || key.isBlank() ? null : index.get(key);
                if (a != null && !taken.contains(a)) {
                    pairs.put(b, a);
                    taken.add(a);
                }
            }
        }
        // before's order
        Map<T, T> ordered = new LinkedHashMap<>();
        before.stream().filter(pairs::containsKey).forEach(b -> ordered.put(b, pairs.get(b)));
        return ordered;
    }

    /** Names compare without case and surrounding or repeated white space. */
    static String key(String name) {
        return Objects.requireNonNullElse(name, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
