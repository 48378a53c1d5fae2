package org.journeyboard.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.journeyboard.insights.EmotionDrop;
import org.journeyboard.insights.Insights;
import org.journeyboard.insights.KpiCheck;
import org.journeyboard.insights.PhaseChannels;
import org.journeyboard.insights.PhaseEmotion;
import org.journeyboard.insights.PlacedOpportunity;
import org.journeyboard.insights.RankedPainPoint;

/**
 * The insights as one long CSV table for scripts and spreadsheets: a row per figure with the section, the phase,
 * the curve or card it belongs to, the measure and its value (section,phase,curve,id,title,measure,value).
 */
final class InsightsCsv {
    static final List<String> COLUMNS = List.of("section", "phase", "curve", "id", "title", "measure", "value");

    private InsightsCsv() {
    }

    static void write(Insights in, Writer out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (RankedPainPoint p : in.painPoints()) {
            String phase = p.card().phaseId();
            rows.add(row("painPoint", phase, "", p.card().id(), p.card().title(), "rank", p.rank()));
            rows.add(row("painPoint", phase, "", p.card().id(), p.card().title(), "severity", p.card().severity()));
            rows.add(row("painPoint", phase, "", p.card().id(), p.card().title(), "votes", p.votes()));
            rows.add(row("painPoint", phase, "", p.card().id(), p.card().title(), "emotion", p.emotion()));
        }
        for (PhaseEmotion e : in.emotions()) {
            rows.add(row("emotion", e.phaseId(), e.curveId(), "", "", "mean", e.mean()));
            rows.add(row("emotion", e.phaseId(), e.curveId(), "", "", "min", e.min()));
            rows.add(row("emotion", e.phaseId(), e.curveId(), e.lowest().id(), e.lowest().label(), "lowest", e.min()));
        }
        for (EmotionDrop d : in.drops()) {
            rows.add(row("drop", d.to().phaseId(), d.curveId(), d.from().id() + "→" + d.to().id(), "",
                    d.withinPhase() ? "withinPhase" : "betweenPhases", d.size()));
        }
        for (PlacedOpportunity o : in.opportunities()) {
            String phase = o.card().phaseId();
            rows.add(row("opportunity", phase, "", o.card().id(), o.card().title(), "impact", o.impact()));
            rows.add(row("opportunity", phase, "", o.card().id(), o.card().title(), "effort", o.effort()));
            rows.add(row("opportunity", phase, "", o.card().id(), o.card().title(), "quadrant",
                    o.quadrant() == null ? null : o.quadrant().code()));
        }
        for (PhaseChannels c : in.channels()) {
            String phase = c.phase().id();
            rows.add(row("touchpoints", phase, "", "", "", "total", c.touchpoints()));
            rows.add(row("touchpoints", phase, "", "", "", "direct", c.direct()));
            rows.add(row("touchpoints", phase, "", "", "", "indirect", c.indirect()));
            rows.add(row("touchpoints", phase, "", "", "", "online", c.online()));
            rows.add(row("touchpoints", phase, "", "", "", "offline", c.offline()));
            rows.add(row("touchpoints", phase, "", "", "", "actions", c.actions()));
            new java.util.TreeMap<>(c.byType()).forEach((type, n) ->
                    rows.add(row("touchpoints", phase, "", "", "", "type." + type.code(), n)));
        }
        for (KpiCheck k : in.kpis()) {
            String phase = k.phase().id();
            rows.add(row("kpi", phase, "", "", k.kpi().name(), "target", k.kpi().target()));
            rows.add(row("kpi", phase, "", "", k.kpi().name(), "actual", k.kpi().actual()));
            rows.add(row("kpi", phase, "", "", k.kpi().name(), "status", k.status().code()));
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter w = new CsvMapper().writer(schema.build()).writeValues(out)) {
            for (List<Object> r : rows) {
                w.write(r);
            }
        }
    }

    private static List<Object> row(String section, String phase, String curve, String id, String title, String measure,
                                    Object value) {
        List<Object> r = new ArrayList<>(7);
        r.add(section);
        r.add(phase);
        r.add(curve);
        r.add(id);
        r.add(title);
        r.add(measure);
        r.add(value instanceof Double d ? (d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d))
                : value == null ? "" : value);
        return r;
    }
}
