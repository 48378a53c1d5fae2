package org.journeyboard.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
 * Random valid maps for property tests: unicode text of every kind (controls, quotes, umlauts, CJK, emoji, line
 * separators), all card kinds, pictures, and unknown fields at every level (as the reader would keep them).
 */
public final class RandomMaps {
    private static final int[][] CODE_POINT_RANGES = {
        {0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0x17F}, {0x2028, 0x2029}, {0x4E00, 0x4E80}, {0x0590, 0x05FF},
        {0x1F600, 0x1F64F}, {0x1D11E, 0x1D11E}, {0xFFF0, 0xFFFD}};

    private final Random r;

    private RandomMaps(Random r) {
        this.r = r;
    }

    public static Arbitrary<JourneyMap> maps() {
        return Arbitraries.randomValue(random -> new RandomMaps(random).map());
    }

    JourneyMap map() {
        List<Persona> personas = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            personas.add(persona("persona-" + i + "/" + text(3)));
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            List<Kpi> kpis = new ArrayList<>();
            for (int k = 0, m = r.nextInt(3); k < m; k++) {
                kpis.add(new Kpi(text(10), text(5), text(5), extras(FileKeys.KPI)));
            }
            phases.add(new Phase("phase-" + i + "/" + text(3), name(), colour(), size(), text(30), texts(), kpis,
                    extras(FileKeys.PHASE)));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            lanes.add(new Lane("lane-" + i + "/" + text(3), pick(LaneKind.values()), name(), r.nextBoolean(), size(),
                    extras(FileKeys.LANE)));
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0, n = r.nextInt(25); i < n; i++) {
            cards.add(card("card-" + i + "/" + text(3), pick(phases).id(), pick(lanes).id()));
        }
        List<EmotionCurve> curves = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            List<CurvePoint> points = new ArrayList<>();
            for (int k = 0, m = r.nextInt(6); k < m; k++) {
                double position = r.nextInt(4) == 0 ? r.nextInt(2) : r.nextDouble();
                points.add(new CurvePoint("pt-" + i + "-" + k, pick(phases).id(), position, score(), text(8),
                        extras(FileKeys.POINT)));
            }
            String persona = personas.isEmpty() || r.nextBoolean() ? null : pick(personas).id();
            curves.add(new EmotionCurve("curve-" + i, name(), colour(), persona, points, extras(FileKeys.CURVE)));
        }
        Instant created = Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
        return new JourneyMap(text(20), text(60), pick(Language.values()), text(10), created,
                created.plusSeconds(r.nextInt(100_000)), personas, phases, lanes, cards, curves, extras(FileKeys.MAP));
    }

    private Persona persona(String id) {
        Map<String, String> extras = new TreeMap<>(extras(FileKeys.PERSONA).rawJson());
        Picture picture = null;
        if (r.nextBoolean()) {
            boolean png = r.nextBoolean();
            byte[] data = png ? TinyPictures.png(1 + r.nextInt(12), 1 + r.nextInt(12))
                    : TinyPictures.jpeg(1 + r.nextInt(12), 1 + r.nextInt(12));
            picture = new Picture(png ? "image/png" : "image/jpeg", data);
            nested(extras, FileKeys.NESTED_PICTURE, FileKeys.PICTURE);
        }
        return new Persona(id, name(), text(20), texts(), texts(), texts(), picture, Extras.of(extras));
    }

    private Card card(String id, String phase, String lane) {
        CardKind kind = pick(CardKind.values());
        Map<String, String> extras = new TreeMap<>(extras(FileKeys.CARD).rawJson());
        Touchpoint touchpoint = null;
        if (kind == CardKind.TOUCHPOINT || r.nextInt(8) == 0) {
            TouchpointType type = pick(TouchpointType.values());
            touchpoint = new Touchpoint(type, type == TouchpointType.CUSTOM ? text(10) : "", pick(Reach.values()),
                    pick(Channel.values()));
            nested(extras, FileKeys.NESTED_TOUCHPOINT, FileKeys.TOUCHPOINT);
        }
        return new Card(id, phase, lane, r.nextInt(7) - 1, kind, text(40), r.nextBoolean() ? "" : text(100),
                touchpoint, rating(kind == CardKind.PAIN_POINT), rating(kind == CardKind.OPPORTUNITY),
                rating(kind == CardKind.OPPORTUNITY), r.nextBoolean() ? null : score(), r.nextInt(3) == 0 ? r.nextInt(40) : 0,
                Extras.of(extras));
    }

    private Integer rating(boolean likely) {
        return r.nextInt(likely ? 4 : 12) == 0 ? null : likely || r.nextInt(5) == 0 ? 1 + r.nextInt(5) : null;
    }

    private int score() {
        return r.nextInt(5) - 2;
    }

    private double size() {
        return switch (r.nextInt(3)) {
            case 0 -> 1 + r.nextInt(1000);
            case 1 -> 0.5 + r.nextDouble() * 500;
            default -> Math.max(Double.MIN_VALUE, r.nextDouble() * 100_000);
        };
    }

    private Colour colour() {
        return new Colour(r.nextInt(256), r.nextInt(256), r.nextInt(256));
    }

    private String name() {
        String s = text(20);
        return s.isBlank() ? "n" + s : s;
    }

    private List<String> texts() {
        List<String> list = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            list.add(text(20));
        }
        return list;
    }

    String text(int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = r.nextInt(maxLength + 1); i < n; i++) {
            int[] range = CODE_POINT_RANGES[r.nextInt(4) == 0 ? r.nextInt(CODE_POINT_RANGES.length) : 0];
            sb.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return sb.toString();
    }

    /** Unknown fields as the reader keeps them: canonical compact JSON, under names the format does not use. */
    private Extras extras(Set<String> known) {
        if (r.nextInt(3) != 0) {
            return Extras.NONE;
        }
        Map<String, String> fields = new TreeMap<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            String name = "x" + text(6);
            if (!known.contains(name)) {
                fields.put(name, RawJson.canonical(json(2)));
            }
        }
        return Extras.of(fields);
    }

    private void nested(Map<String, String> ownerExtras, String key, Set<String> known) {
        Map<String, String> fields = new TreeMap<>(extras(known).rawJson());
        if (!fields.isEmpty()) {
            try {
                ownerExtras.put(key, RawJson.object(fields));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String json(int depth) {
        return switch (r.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> String.valueOf(r.nextInt());
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> "null";
            case 3 -> r.nextBoolean() ? "1.50" : "-2.5e-7";
            case 4, 5 -> quoted(text(12));
            case 6 -> {
                List<String> items = new ArrayList<>();
                for (int i = 0, n = r.nextInt(3); i < n; i++) {
                    items.add(json(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> "{" + quoted(text(5)) + ":" + json(depth - 1) + "}";
        };
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
