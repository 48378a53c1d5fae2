package org.journeyboard.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeyboard.insights.EmotionDrop;
import org.journeyboard.insights.Insights;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.insights.KpiCheck;
import org.journeyboard.insights.PhaseChannels;
import org.journeyboard.insights.PhaseEmotion;
import org.journeyboard.insights.PlacedOpportunity;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Phase;

/** The insights as text to read in a terminal, in the user's language. */
final class InsightsText {
    private InsightsText() {
    }

    static void write(Insights in, InsightsTexts t, PrintWriter out) {
        Map<String, String> phaseNames = in.map().phases().stream()
                .collect(Collectors.toMap(Phase::id, Phase::name, (a, b) -> a));
        Function<String, String> phase = id -> phaseNames.getOrDefault(id, id);
        Map<String, String> curveNames = in.map().curves().stream()
                .collect(Collectors.toMap(EmotionCurve::id, EmotionCurve::name, (a, b) -> a));
        out.println(t.get("title", in.map().title()));
        heading(out, t.get("painPoints"));
        if (in.painPoints().isEmpty()) {
            out.println(t.get("painPoints.none"));
        }
        for (RankedPainPoint p : in.painPoints()) {
            out.println(t.get("painPoint.line", p.rank(), p.card().title(), phase.apply(p.card().phaseId()),
                    p.lane() == null ? p.card().laneId() : p.lane().title(), p.severity(), p.votes()));
        }
        heading(out, t.get("emotions"));
        if (in.emotions().isEmpty()) {
            out.println(t.get("emotions.none"));
        }
        for (PhaseEmotion e : in.emotions()) {
            String lowest = t.get("emotion.lowest", t.score(e.min()), t.label(e.lowest().label()));
            out.println(t.get("emotion.line", curveNames.getOrDefault(e.curveId(), e.curveId()), phase.apply(e.phaseId()),
                    t.score(e.mean()), lowest));
        }
        heading(out, t.get("drops"));
        if (in.drops().isEmpty()) {
            out.println(t.get("drops.none"));
        }
        for (EmotionDrop d : in.drops()) {
            String where = d.withinPhase() ? t.get("drop.within", phase.apply(d.from().phaseId()))
                    : t.get("drop.between", phase.apply(d.from().phaseId()), phase.apply(d.to().phaseId()));
            out.println(t.get("drop.line", curveNames.getOrDefault(d.curveId(), d.curveId()), where,
                    t.score(d.from().score()), t.label(d.from().label()), t.score(d.to().score()), t.label(d.to().label())));
        }
        heading(out, t.get("opportunities"));
        if (in.opportunities().isEmpty()) {
            out.println(t.get("opportunities.none"));
        }
        for (PlacedOpportunity o : in.opportunities()) {
            out.println(t.get("opportunity.line", t.quadrant(o.quadrant()), o.card().title(), phase.apply(o.card().phaseId()),
                    o.impact() == null ? t.get("empty") : o.impact(), o.effort() == null ? t.get("empty") : o.effort()));
        }
        heading(out, t.get("channels"));
        for (PhaseChannels c : in.channels()) {
            StringBuilder line = new StringBuilder(t.get("channel.line", c.phase().name(), c.touchpoints(), c.direct(),
                    c.indirect(), c.online(), c.offline()));
            if (c.hasNoTouchpoint()) {
                line.append("; ").append(t.get("gap.noTouchpoint"));
            }
            if (c.hasNoAction()) {
                line.append("; ").append(t.get("gap.noAction"));
            }
            out.println(line);
        }
        heading(out, t.get("kpis"));
        if (in.kpis().isEmpty()) {
            out.println(t.get("kpis.none"));
        }
        for (KpiCheck k : in.kpis()) {
            out.println(t.get("kpi.line", k.phase().name(), k.kpi().name(), orDash(k.kpi().target(), t),
                    orDash(k.kpi().actual(), t), t.status(k.status())));
        }
        out.flush();
    }

    private static String orDash(String s, InsightsTexts t) {
        return s.isBlank() ? t.get("empty") : s;
    }

    private static void heading(PrintWriter out, String text) {
        out.println();
        out.println(text);
    }
}
