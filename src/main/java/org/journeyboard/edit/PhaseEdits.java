package org.journeyboard.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.journeyboard.model.Card;
import org.journeyboard.model.Colour;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;

/** Edits of phases (the map's columns): add, rename, goal, strategies, KPIs, colour, move, resize and delete. */
public final class PhaseEdits {
    private PhaseEdits() {
    }

    /** Inserts {@code phase} at {@code index} (clamped, so {@link Integer#MAX_VALUE} appends). */
    public static Edit addPhase(Phase phase, int index) {
        Objects.requireNonNull(phase, "phase");
        requireWidth(phase.width());
        return Edit.of("edit.phase.add", map -> {
            Existing.requireFreeId(map, "phase", phase.id());
            return map.withPhases(Reorder.insert(map.phases(), phase, index));
        });
    }

    /** Renames a phase; consecutive renames of one phase merge into one undo step. */
    public static Edit renamePhase(String id, String name) {
        return Edit.mergeable("edit.phase.rename", "phase:" + id + ":name", map -> change(map, id, p -> p.withName(Names.keepIfBlank(p.name(), name))));
    }

    /** Sets a phase's goal; consecutive goal edits of one phase merge. */
    public static Edit setPhaseGoal(String id, String goal) {
        return Edit.mergeable("edit.phase.goal", "phase:" + id + ":goal", map -> change(map, id, p -> p.withGoal(goal)));
    }

    /** Sets a phase's strategies (one per line in the inspector); consecutive edits of them merge. */
    public static Edit setPhaseStrategies(String id, List<String> strategies) {
        List<String> copy = List.copyOf(strategies);
        return Edit.mergeable("edit.phase.strategies", "phase:" + id + ":strategies",
                map -> change(map, id, p -> p.withStrategies(copy)));
    }

    /** Sets a phase's KPIs; consecutive edits of them merge. */
    public static Edit setPhaseKpis(String id, List<Kpi> kpis) {
        List<Kpi> copy = List.copyOf(kpis);
        return Edit.mergeable("edit.phase.kpis", "phase:" + id + ":kpis", map -> change(map, id, p -> p.withKpis(copy)));
    }

    public static Edit setPhaseColour(String id, Colour colour) {
        Objects.requireNonNull(colour, "colour");
        return Edit.of("edit.phase.colour", map -> change(map, id, p -> p.withColour(colour)));
    }

    /** Moves a phase to {@code newIndex} (clamped) among the phases; its cards and curve points go with it. */
    public static Edit movePhase(String id, int newIndex) {
        return Edit.of("edit.phase.move", map -> {
            Existing.phase(map, id);
            return map.withPhases(Reorder.move(map.phases(), Phase::id, id, newIndex));
        });
    }

    /** Sets a phase's width in layout units; it must be positive. */
    public static Edit resizePhase(String id, double width) {
        requireWidth(width);
        return Edit.of("edit.phase.resize", map -> change(map, id, p -> p.withWidth(width)));
    }

    /** Deletes a phase with its cards and the emotion curve points in it (undo brings them all back). */
    public static Edit deletePhase(String id) {
        return Edit.of("edit.phase.delete", map -> {
            Existing.phase(map, id);
            List<Phase> phases = map.phases().stream().filter(p -> !p.id().equals(id)).toList();
            List<Card> cards = map.cards().stream().filter(c -> !c.phaseId().equals(id)).toList();
            List<EmotionCurve> curves = map.curves().stream()
                    .map(c -> c.withPoints(c.points().stream().filter(p -> !p.phaseId().equals(id)).toList()))
                    .toList();
            return map.withPhases(phases).withCards(cards).withCurves(curves);
        });
    }

    private static JourneyMap change(JourneyMap map, String id, UnaryOperator<Phase> change) {
        Existing.phase(map, id);
        return map.mapPhase(id, change);
    }

    private static void requireWidth(double width) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("a phase width must be a positive number, was " + width);
        }
    }
}
