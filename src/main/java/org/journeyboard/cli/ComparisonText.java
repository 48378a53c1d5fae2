package org.journeyboard.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.model.Phase;

/** Two maps compared, as text in the user's language; maps are named by their file names. */
final class ComparisonText {
    private ComparisonText() {
    }

    static void write(Comparison c, String before, String after, InsightsTexts t, PrintWriter out) {
        out.println(t.get("compare.title", before, after));
        for (Comparison.CurvePair curve : c.curves()) {
            heading(out, t.get("compare.phases", curve.after().name()));
            c.differences().stream().filter(d -> d.curve() == curve).forEach(d -> out.println(t.get("compare.phase.line",
                    d.phase().after().name(), mean(d.before(), t), mean(d.after(), t),
                    d.difference() == null ? t.get("empty") : t.score(d.difference()))));
        }
        if (!c.onlyBefore().isEmpty()) {
            out.println(t.get("compare.onlyBefore", before, names(c.onlyBefore())));
        }
        if (!c.onlyAfter().isEmpty()) {
            out.println(t.get("compare.onlyAfter", after, names(c.onlyAfter())));
        }
        heading(out, t.get("compare.dives"));
        if (c.dives().isEmpty()) {
            out.println(t.get("compare.dives.none", after));
        }
        c.dives().forEach(d -> out.println(t.get("compare.phase.line", d.phase().after().name(), mean(d.before(), t),
                mean(d.after(), t), t.score(d.difference()))));
        painPoints(out, t.get("compare.painOnlyAfter", after), c.painPointsOnlyAfter(), t);
        painPoints(out, t.get("compare.painOnlyBefore", before), c.painPointsOnlyBefore(), t);
        out.println();
        out.println(t.get("compare.cards", c.cardsOnlyBefore().size(), before, c.cardsOnlyAfter().size(), after));
        heading(out, t.get("compare.kpis"));
        c.kpis().forEach(k -> out.println(t.get("compare.kpi.line", k.phase().after().name(), k.name(),
                k.before() == null || k.before().actual().isBlank() ? t.get("empty") : k.before().actual(),
                k.after() == null || k.after().actual().isBlank() ? t.get("empty") : k.after().actual())));
        out.flush();
    }

    private static void painPoints(PrintWriter out, String heading, java.util.List<RankedPainPoint> list, InsightsTexts t) {
        heading(out, heading);
        if (list.isEmpty()) {
            out.println(t.get("compare.none"));
        }
        list.forEach(p -> out.println(t.get("painPoint.line", p.rank(), p.card().title(),
                p.phase() == null ? p.card().phaseId() : p.phase().name(),
                p.lane() == null ? p.card().laneId() : p.lane().title(), p.severity(), p.votes())));
    }

    private static String mean(Double value, InsightsTexts t) {
        return value == null ? t.get("empty") : t.score(value);
    }

    private static String names(java.util.List<Phase> phases) {
        return phases.stream().map(Phase::name).collect(Collectors.joining(", "));
    }

    private static void heading(PrintWriter out, String text) {
        out.println();
        out.println(text);
    }
}
