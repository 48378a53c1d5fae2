package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.journeyboard.model.Card;
import org.journeyboard.model.Channel;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;

/** Streams a map into the file layout: known fields in a fixed order, then unknown fields sorted by name. */
final class MapWriter {
    // card fields are written thousands of times per file; pre-encoded names save re-encoding each one
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString PHASE = new SerializedString("phase");
    private static final SerializableString LANE = new SerializedString("lane");
    private static final SerializableString ORDER = new SerializedString("order");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString NOTES = new SerializedString("notes");
    private static final SerializableString TOUCHPOINT = new SerializedString("touchpoint");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString CUSTOM_TYPE = new SerializedString("customType");
    private static final SerializableString REACH = new SerializedString("reach");
    private static final SerializableString CHANNEL = new SerializedString("channel");
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString IMPACT = new SerializedString("impact");
    private static final SerializableString EFFORT = new SerializedString("effort");
    private static final SerializableString EMOTION = new SerializedString("emotion");
    private static final SerializableString VOTES = new SerializedString("votes");

    private final JsonGenerator g;

    private MapWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Writes the whole file (UTF-8, ending with a newline) to {@code out}, which stays open. */
    static void write(JourneyMap map, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new FilePrettyPrinter());
            new MapWriter(g).map(map);
            g.writeRaw('\n');
        }
    }

    private void map(JourneyMap m) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FileKeys.FORMAT_NAME);
        g.writeNumberField("formatVersion", JourneyJson.FORMAT_VERSION);
        g.writeStringField("title", m.title());
        g.writeStringField("description", m.description());
        g.writeStringField("language", m.language().code());
        g.writeStringField("author", m.author());
        g.writeStringField("created", m.created().toString());
        g.writeStringField("modified", m.modified().toString());
        g.writeArrayFieldStart("personas");
        for (Persona p : m.personas()) {
            persona(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("phases");
        for (Phase p : m.phases()) {
            phase(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lanes");
        for (Lane l : m.lanes()) {
            lane(l);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cards");
        for (Card c : m.cards()) {
            card(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("curves");
        for (EmotionCurve c : m.curves()) {
            curve(c);
        }
        g.writeEndArray();
        extras(m.extras(), FileKeys.MAP);
        g.writeEndObject();
    }

    private void persona(Persona p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("role", p.role());
        strings("goals", p.goals());
        strings("needs", p.needs());
        strings("frustrations", p.frustrations());
        Picture picture = p.picture();
        if (picture != null) {
            g.writeObjectFieldStart("picture");
            g.writeStringField("mediaType", picture.mediaType());
            g.writeStringField("data", Base64.getEncoder().encodeToString(picture.data()));
            nested(p.extras(), FileKeys.NESTED_PICTURE, FileKeys.PICTURE);
            g.writeEndObject();
        }
        extras(p.extras(), FileKeys.PERSONA);
        g.writeEndObject();
    }

    private void phase(Phase p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("colour", p.colour().hex());
        number("width", p.width());
        g.writeStringField("goal", p.goal());
        strings("strategies", p.strategies());
        g.writeArrayFieldStart("kpis");
        for (Kpi k : p.kpis()) {
            g.writeStartObject();
            g.writeStringField("name", k.name());
            g.writeStringField("target", k.target());
            g.writeStringField("actual", k.actual());
            extras(k.extras(), FileKeys.KPI);
            g.writeEndObject();
        }
        g.writeEndArray();
        extras(p.extras(), FileKeys.PHASE);
        g.writeEndObject();
    }

    private void lane(Lane l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("kind", l.kind().code());
        g.writeStringField("title", l.title());
        g.writeBooleanField("hidden", l.hidden());
        number("height", l.height());
        if (l.fitToContent()) {
            g.writeBooleanField("fitToContent", true);
        }
        extras(l.extras(), FileKeys.LANE);
        g.writeEndObject();
    }

    private void card(Card c) throws IOException {
        g.writeStartObject();
        text(ID, c.id());
        text(PHASE, c.phaseId());
        text(LANE, c.laneId());
        g.writeFieldName(ORDER);
        g.writeNumber(c.order());
        text(KIND, c.kind().code());
        text(TITLE, c.title());
        if (!c.notes().isEmpty()) {
            text(NOTES, c.notes());
        }
        Touchpoint t = c.touchpoint();
        if (t != null) {
            g.writeFieldName(TOUCHPOINT);
            g.writeStartObject();
            text(TYPE, t.type().code());
            if (!t.customType().isEmpty()) {
                text(CUSTOM_TYPE, t.customType());
            }
            text(REACH, t.reach() == Reach.DIRECT ? "direct" : "indirect");
            text(CHANNEL, t.channel() == Channel.ONLINE ? "online" : "offline");
            nested(c.extras(), FileKeys.NESTED_TOUCHPOINT, FileKeys.TOUCHPOINT);
            g.writeEndObject();
        }
        optionalInt(SEVERITY, c.severity());
        optionalInt(IMPACT, c.impact());
        optionalInt(EFFORT, c.effort());
        optionalInt(EMOTION, c.emotion());
        if (c.votes() != 0) {
            optionalInt(VOTES, c.votes());
        }
        extras(c.extras(), FileKeys.CARD);
        g.writeEndObject();
    }

    private void text(SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private void curve(EmotionCurve c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("colour", c.colour().hex());
        if (c.personaId() != null) {
            g.writeStringField("persona", c.personaId());
        }
        g.writeArrayFieldStart("points");
        for (CurvePoint p : c.points()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("phase", p.phaseId());
            number("position", p.position());
            g.writeNumberField("score", p.score());
            if (!p.label().isEmpty()) {
                g.writeStringField("label", p.label());
            }
            extras(p.extras(), FileKeys.POINT);
            g.writeEndObject();
        }
        g.writeEndArray();
        extras(c.extras(), FileKeys.CURVE);
        g.writeEndObject();
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void optionalInt(SerializableString name, Integer value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value);
        }
    }

    /** Whole numbers without ".0", so that a width of 240 reads as 240 in the file. */
    private void number(String name, double v) throws IOException {
        g.writeFieldName(name);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    /** Unknown fields after the known ones, sorted; a key that names a known field is never written twice. */
    private void extras(Extras extras, Set<String> known) throws IOException {
        if (extras.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : extras.rawJson().entrySet()) {
            if (!known.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                RawJson.write(e.getValue(), g);
            }
        }
    }

    /** The unknown fields of a touchpoint or picture, kept as a JSON object in the owner's extras. */
    private void nested(Extras owner, String key, Set<String> known) throws IOException {
        String raw = owner.rawJson().get(key);
        if (raw == null) {
            return;
        }
        Map<String, String> fields = new TreeMap<>();
        try (JsonParser p = JsonSetup.FACTORY.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, RawJson.capture(p));
            }
        }
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                RawJson.write(e.getValue(), g);
            }
        }
    }
}
