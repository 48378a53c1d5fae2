package org.journeyboard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.journeyboard.insights.EmotionDrop;
import org.journeyboard.insights.Insights;
import org.journeyboard.insights.KpiCheck;
import org.journeyboard.insights.PhaseChannels;
import org.journeyboard.insights.PhaseEmotion;
import org.journeyboard.insights.PlacedOpportunity;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.io.FilePrettyPrinter;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;

/**
 * The insights as JSON for scripts, in the layout documented in src/site/markdown/insights-format.md (schema:
 * org/journeyboard/insights/insights.schema.json in the jar).
 */
final class InsightsJson {
    /** Raised whenever a field is renamed or removed; new fields keep it. */
    static final int FORMAT_VERSION = 1;

    private InsightsJson() {
    }

    static void write(Insights in, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new FilePrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", "journeyboard-insights");
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("title", in.map().title());
            painPoints(g, in.painPoints());
            phases(g, in);
            drops(g, in.drops());
            opportunities(g, in.opportunities());
            kpis(g, in.kpis());
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void painPoints(JsonGenerator g, List<RankedPainPoint> ranked) throws IOException {
        g.writeArrayFieldStart("painPoints");
        for (RankedPainPoint p : ranked) {
            g.writeStartObject();
            g.writeNumberField("rank", p.rank());
            g.writeStringField("id", p.card().id());
            g.writeStringField("title", p.card().title());
            g.writeStringField("phase", p.card().phaseId());
            g.writeStringField("lane", p.card().laneId());
            if (p.card().severity() != null) {
                g.writeNumberField("severity", p.card().severity());
            } else {
                g.writeNullField("severity");
            }
            g.writeNumberField("votes", p.votes());
            number(g, "emotion", p.emotion());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void phases(JsonGenerator g, Insights in) throws IOException {
        g.writeArrayFieldStart("phases");
        for (PhaseChannels channels : in.channels()) {
            Phase phase = channels.phase();
            g.writeStartObject();
            g.writeStringField("id", phase.id());
            g.writeStringField("name", phase.name());
            g.writeObjectFieldStart("curves");
            for (PhaseEmotion e : in.emotions()) {
                if (!e.phaseId().equals(phase.id())) {
                    continue;
                }
                g.writeObjectFieldStart(e.curveId());
                g.writeStringField("name", in.map().curve(e.curveId()).map(EmotionCurve::name).orElse(""));
                g.writeNumberField("points", e.points());
                number(g, "mean", e.mean());
                g.writeNumberField("min", e.min());
                g.writeStringField("lowestPoint", e.lowest().id());
                g.writeStringField("lowestLabel", e.lowest().label());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("touchpoints");
            g.writeNumberField("total", channels.touchpoints());
            g.writeNumberField("direct", channels.direct());
            g.writeNumberField("indirect", channels.indirect());
            g.writeNumberField("online", channels.online());
            g.writeNumberField("offline", channels.offline());
            g.writeObjectFieldStart("byType");
            for (Map.Entry<TouchpointType, Integer> e : new java.util.TreeMap<>(channels.byType()).entrySet()) {
                g.writeNumberField(e.getKey().code(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeNumberField("actions", channels.actions());
            g.writeArrayFieldStart("gaps");
            if (channels.hasNoTouchpoint()) {
                g.writeString("noTouchpoint");
            }
            if (channels.hasNoAction()) {
                g.writeString("noAction");
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void drops(JsonGenerator g, List<EmotionDrop> drops) throws IOException {
        g.writeArrayFieldStart("drops");
        for (EmotionDrop d : drops) {
            g.writeStartObject();
            g.writeStringField("curve", d.curveId());
            g.writeStringField("from", d.from().id());
            g.writeStringField("to", d.to().id());
            g.writeStringField("fromPhase", d.from().phaseId());
            g.writeStringField("toPhase", d.to().phaseId());
            g.writeNumberField("size", d.size());
            g.writeBooleanField("withinPhase", d.withinPhase());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void opportunities(JsonGenerator g, List<PlacedOpportunity> placed) throws IOException {
        g.writeArrayFieldStart("opportunities");
        for (PlacedOpportunity o : placed) {
            g.writeStartObject();
            g.writeStringField("id", o.card().id());
            g.writeStringField("title", o.card().title());
            g.writeStringField("phase", o.card().phaseId());
            number(g, "impact", o.impact() == null ? null : o.impact().doubleValue());
            number(g, "effort", o.effort() == null ? null : o.effort().doubleValue());
            if (o.quadrant() != null) {
                g.writeStringField("quadrant", o.quadrant().code());
            } else {
                g.writeNullField("quadrant");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void kpis(JsonGenerator g, List<KpiCheck> kpis) throws IOException {
        g.writeArrayFieldStart("kpis");
        for (KpiCheck k : kpis) {
            g.writeStartObject();
            g.writeStringField("phase", k.phase().id());
            g.writeStringField("name", k.kpi().name());
            g.writeStringField("target", k.kpi().target());
            g.writeStringField("actual", k.kpi().actual());
            number(g, "targetValue", k.target());
            number(g, "actualValue", k.actual());
            g.writeStringField("status", k.status().code());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A number with at most three decimals (a mean of thirds stays readable), whole numbers without a point. */
    static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNullField(name);
            return;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        g.writeFieldName(name);
        if (d.scale() <= 0) {
            g.writeNumber(d.toBigIntegerExact());
        } else {
            g.writeNumber(d);
        }
    }
}
