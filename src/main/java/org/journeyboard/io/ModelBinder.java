package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/**
 * Streams one map file (of the version this Journeyboard writes) into the model in a single pass, keeping unknown
 * fields as {@code Extras} and reporting values of the wrong type. Ranges and references are the validator's job.
 */
final class ModelBinder extends ValueReader {
    /** The file's formatVersion is not the one this binder reads: the caller refuses or migrates. */
    static final class OtherVersion extends Exception {
        private static final long serialVersionUID = 1L;
        final long version;

        OtherVersion(long version) {
            super(null, null, false, false);
            this.version = version;
        }
    }

    // values() copies its array on every call; these are read once per card
    private static final Language[] LANGUAGES = Language.values();
    private static final LaneKind[] LANE_KINDS = LaneKind.values();
    private static final CardKind[] CARD_KINDS = CardKind.values();
    private static final TouchpointType[] TOUCHPOINT_TYPES = TouchpointType.values();
    private static final Reach[] REACHES = Reach.values();
    private static final Channel[] CHANNELS = Channel.values();

    private final int version;
    String format;
    boolean versionSeen;

    ModelBinder(JsonParser p, ProblemLog log, int version) {
        super(p, log);
        this.version = version;
    }

    /** Reads the map whose START_OBJECT the parser is on. */
    JourneyMap map() throws IOException, OtherVersion {
        String title = null;
        String description = null;
        Language language = null;
        String author = null;
        Instant created = null;
        Instant modified = null;
        List<Persona> personas = null;
        List<Phase> phases = null;
        List<Lane> lanes = null;
        List<Card> cards = null;
        List<EmotionCurve> curves = null;
        Map<String, String> extras = new TreeMap<>();
        beginObject();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "format" -> format = text();
                case "formatVersion" -> formatVersion();
                case "title" -> title = text();
                case "description" -> description = text();
                case "language" -> language = code(Language::ofCode, LANGUAGES, Language::code);
                case "author" -> author = text();
                case "created" -> created = instant();
                case "modified" -> modified = instant();
                case "personas" -> personas = list(this::persona);
                case "phases" -> phases = list(this::phase);
                case "lanes" -> lanes = list(this::lane);
                case "cards" -> cards = list(this::card);
                case "curves" -> curves = list(this::curve);
                default -> extras.put(name, RawJson.capture(p));
            }
        }
        return new JourneyMap(title, description, language, author, created, modified, personas, phases, lanes,
                cards, curves, Extras.of(extras));
    }

    private void formatVersion() throws IOException, OtherVersion {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            log.at(p, "version.notNumber");
            p.skipChildren();
            return;
        }
        versionSeen = true;
        long found = p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG
                ? p.getLongValue() : Long.MAX_VALUE;
        if (found != version) {
            throw new OtherVersion(found);
        }
    }

    private Persona persona() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        String name = null;
        String role = null;
        List<String> goals = null;
        List<String> needs = null;
        List<String> frustrations = null;
        Picture picture = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = sharedText();
                case "name" -> name = text();
                case "role" -> role = text();
                case "goals" -> goals = strings();
                case "needs" -> needs = strings();
                case "frustrations" -> frustrations = strings();
                case "picture" -> picture = picture(extras);
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new Persona(id, name, role, goals, needs, frustrations, picture, Extras.of(extras));
    }

    private Picture picture(Map<String, String> ownerExtras) throws IOException {
        if (!isObject()) {
            return null;
        }
        String mediaType = null;
        byte[] data = null;
        Map<String, String> unknown = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "mediaType" -> mediaType = text();
                case "data" -> data = base64();
                default -> unknown.put(field, RawJson.capture(p));
            }
        }
        keepNested(ownerExtras, FileKeys.NESTED_PICTURE, unknown);
        return new Picture(mediaType, data);
    }

    private Phase phase() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        String name = null;
        Colour colour = null;
        Double width = null;
        String goal = null;
        List<String> strategies = null;
        List<Kpi> kpis = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = sharedText();
                case "name" -> name = text();
                case "colour" -> colour = colour();
                case "width" -> width = number();
                case "goal" -> goal = text();
                case "strategies" -> strategies = strings();
                case "kpis" -> kpis = list(this::kpi);
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new Phase(id, name, colour, width == null ? Phase.DEFAULT_WIDTH : width, goal, strategies, kpis,
                Extras.of(extras));
    }

    private Kpi kpi() throws IOException {
        if (!isObject()) {
            return null;
        }
        String name = null;
        String target = null;
        String actual = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = text();
                case "target" -> target = text();
                case "actual" -> actual = text();
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new Kpi(name, target, actual, Extras.of(extras));
    }

    private Lane lane() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        LaneKind kind = null;
        String title = null;
        Boolean hidden = null;
        Double height = null;
        Boolean fit = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = sharedText();
                case "kind" -> kind = code(LaneKind::ofCode, LANE_KINDS, LaneKind::code);
                case "title" -> title = text();
                case "hidden" -> hidden = bool();
                case "height" -> height = number();
                case "fitToContent" -> fit = bool();
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new Lane(id, kind, title, hidden != null && hidden, height == null ? Lane.DEFAULT_HEIGHT : height,
                fit != null && fit, Extras.of(extras));
    }

    private Card card() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        String phase = null;
        String lane = null;
        Integer order = null;
        CardKind kind = null;
        String title = null;
        String notes = null;
        Touchpoint touchpoint = null;
        Integer severity = null;
        Integer impact = null;
        Integer effort = null;
        Integer emotion = null;
        Integer votes = null;
        Map<String, String> extras = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text();
                case "phase" -> phase = sharedText();
                case "lane" -> lane = sharedText();
                case "order" -> order = integer();
                case "kind" -> kind = code(CardKind::ofCode, CARD_KINDS, CardKind::code);
                case "title" -> title = text();
                case "notes" -> notes = text();
                case "touchpoint" -> {
                    extras = extras == null ? new TreeMap<>() : extras;
                    touchpoint = touchpoint(extras);
                }
                case "severity" -> severity = integer();
                case "impact" -> impact = integer();
                case "effort" -> effort = integer();
                case "emotion" -> emotion = integer();
                case "votes" -> votes = integer();
                default -> {
                    extras = extras == null ? new TreeMap<>() : extras;
                    extras.put(field, RawJson.capture(p));
                }
            }
        }
        return new Card(id, phase, lane, order == null ? 0 : order, kind, title, notes, touchpoint, severity, impact,
                effort, emotion, votes == null ? 0 : votes, Extras.of(extras));
    }

    private Touchpoint touchpoint(Map<String, String> ownerExtras) throws IOException {
        if (!isObject()) {
            return null;
        }
        TouchpointType type = null;
        String customType = null;
        Reach reach = null;
        Channel channel = null;
        Map<String, String> unknown = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "type" -> type = code(TouchpointType::ofCode, TOUCHPOINT_TYPES,
                        TouchpointType::code);
                case "customType" -> customType = text();
                case "reach" -> reach = code(ModelBinder::reach, REACHES, ModelBinder::code);
                case "channel" -> channel = code(ModelBinder::channel, CHANNELS, ModelBinder::code);
                default -> unknown.put(field, RawJson.capture(p));
            }
        }
        keepNested(ownerExtras, FileKeys.NESTED_TOUCHPOINT, unknown);
        return new Touchpoint(type, customType, reach, channel);
    }

    private static Reach reach(String code) {
        return switch (code) {
            case "direct" -> Reach.DIRECT;
            case "indirect" -> Reach.INDIRECT;
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static Channel channel(String code) {
        return switch (code) {
            case "online" -> Channel.ONLINE;
            case "offline" -> Channel.OFFLINE;
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** The file code of reach and channel values: their name in lower case. */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private EmotionCurve curve() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        String name = null;
        Colour colour = null;
        String persona = null;
        List<CurvePoint> points = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = sharedText();
                case "name" -> name = text();
                case "colour" -> colour = colour();
                case "persona" -> persona = sharedText();
                case "points" -> points = list(this::point);
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new EmotionCurve(id, name, colour, persona, points, Extras.of(extras));
    }

    private CurvePoint point() throws IOException {
        if (!isObject()) {
            return null;
        }
        String id = null;
        String phase = null;
        Double position = null;
        Integer score = null;
        String label = null;
        Map<String, String> extras = new TreeMap<>();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text();
                case "phase" -> phase = sharedText();
                case "position" -> position = number();
                case "score" -> score = integer();
                case "label" -> label = text();
                default -> extras.put(field, RawJson.capture(p));
            }
        }
        return new CurvePoint(id, phase, position == null ? 0.5 : position, score == null ? 0 : score, label,
                Extras.of(extras));
    }

    private static void keepNested(Map<String, String> ownerExtras, String key, Map<String, String> unknown)
            throws IOException {
        if (!unknown.isEmpty()) {
            ownerExtras.put(key, RawJson.object(unknown));
        }
    }
}
