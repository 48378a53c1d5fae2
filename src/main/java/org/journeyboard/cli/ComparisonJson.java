package org.journeyboard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.io.FilePrettyPrinter;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;

/** Two maps compared, as JSON for scripts (documented in insights-format.md). */
final class ComparisonJson {
    private ComparisonJson() {
    }

    static void write(Comparison c, String before, String after, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new FilePrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", "journeyboard-comparison");
            g.writeNumberField("formatVersion", InsightsJson.FORMAT_VERSION);
            side(g, "before", before, c.before());
            side(g, "after", after, c.after());
            g.writeArrayFieldStart("phases");
            for (Comparison.PhasePair p : c.phases()) {
                g.writeStartObject();
                g.writeStringField("before", p.before().id());
                g.writeStringField("after", p.after().id());
                g.writeStringField("name", p.after().name());
                g.writeObjectFieldStart("curves");
                for (Comparison.PhaseDifference d : c.differences()) {
                    if (d.phase() != p) {
                        continue;
                    }
                    g.writeObjectFieldStart(d.curve().after().id());
                    g.writeStringField("beforeCurve", d.curve().before().id());
                    InsightsJson.number(g, "before", d.before());
                    InsightsJson.number(g, "after", d.after());
                    InsightsJson.number(g, "difference", d.difference());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            ids(g, "phasesOnlyBefore", c.onlyBefore().stream().map(Phase::id).toList());
            ids(g, "phasesOnlyAfter", c.onlyAfter().stream().map(Phase::id).toList());
            g.writeArrayFieldStart("dives");
            for (Comparison.PhaseDifference d : c.dives()) {
                g.writeStartObject();
                g.writeStringField("phase", d.phase().after().id());
                g.writeStringField("curve", d.curve().after().id());
                InsightsJson.number(g, "difference", d.difference());
                g.writeEndObject();
            }
            g.writeEndArray();
            painPoints(g, "painPointsOnlyBefore", c.painPointsOnlyBefore());
            painPoints(g, "painPointsOnlyAfter", c.painPointsOnlyAfter());
            ids(g, "cardsOnlyBefore", c.cardsOnlyBefore().stream().map(Card::id).toList());
            ids(g, "cardsOnlyAfter", c.cardsOnlyAfter().stream().map(Card::id).toList());
            g.writeArrayFieldStart("kpis");
            for (Comparison.KpiPair k : c.kpis()) {
                g.writeStartObject();
                g.writeStringField("phase", k.phase().after().id());
                g.writeStringField("name", k.name());
                kpi(g, "before", k.before());
                kpi(g, "after", k.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void side(JsonGenerator g, String name, String file, JourneyMap map) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("file", file);
        g.writeStringField("title", map.title());
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String name, List<String> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    private static void painPoints(JsonGenerator g, String name, List<RankedPainPoint> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (RankedPainPoint p : list) {
            g.writeStartObject();
            g.writeStringField("id", p.card().id());
            g.writeStringField("title", p.card().title());
            g.writeStringField("phase", p.card().phaseId());
            InsightsJson.number(g, "severity", p.card().severity() == null ? null : p.card().severity().doubleValue());
            g.writeNumberField("votes", p.votes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void kpi(JsonGenerator g, String name, Kpi kpi) throws IOException {
        if (kpi == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("target", kpi.target());
        g.writeStringField("actual", kpi.actual());
        g.writeEndObject();
    }
}
