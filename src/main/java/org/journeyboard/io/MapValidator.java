package org.journeyboard.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;

/**
 * Checks a map for what the file format forbids: missing and duplicate ids (one namespace per map), dangling
 * references, scores out of range, empty names and bad pictures. Used after reading a file and by the editor.
 */
public final class MapValidator {
    /** Widths and heights beyond this are certainly a mistake and would break the layout. */
    public static final double MAX_SIZE = 100_000;
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final Messages messages;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Where> firstUse = new HashMap<>();

    private MapValidator(Messages messages, String file) {
        this.messages = messages;
        this.file = file;
    }

    /** The problems of a map, with messages in the default locale; empty when the map is fine. */
    public static List<Problem> validate(JourneyMap map) {
        return validate(map, Locale.getDefault());
    }

    /** The problems of a map, with messages in the given locale; they carry JSON paths but no file or line. */
    public static List<Problem> validate(JourneyMap map, Locale locale) {
        return check(map, new Messages(locale), "");
    }

    static List<Problem> check(JourneyMap map, Messages messages, String file) {
        MapValidator v = new MapValidator(messages, file);
        v.run(map);
        return v.problems;
    }

    private void run(JourneyMap map) {
        Set<String> personaIds = new HashSet<>();
        for (int i = 0; i < map.personas().size(); i++) {
            Persona p = map.personas().get(i);
            Where at = new Where("$.personas", i);
            id(p.id(), at);
            personaIds.add(p.id());
            notBlank(p.name(), at, ".name");
            if (p.picture() != null) {
                picture(p.picture(), at.path(".picture"));
            }
        }
        Set<String> phaseIds = new HashSet<>();
        for (int i = 0; i < map.phases().size(); i++) {
            Phase p = map.phases().get(i);
            Where at = new Where("$.phases", i);
            id(p.id(), at);
            phaseIds.add(p.id());
            notBlank(p.name(), at, ".name");
            size(p.width(), at, ".width");
        }
        Set<String> laneIds = new HashSet<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane l = map.lanes().get(i);
            Where at = new Where("$.lanes", i);
            id(l.id(), at);
            laneIds.add(l.id());
            notBlank(l.title(), at, ".title");
            size(l.height(), at, ".height");
        }
        for (int i = 0; i < map.cards().size(); i++) {
            card(map.cards().get(i), new Where("$.cards", i), phaseIds, laneIds);
        }
        for (int i = 0; i < map.curves().size(); i++) {
            EmotionCurve c = map.curves().get(i);
            Where at = new Where("$.curves", i);
            id(c.id(), at);
            notBlank(c.name(), at, ".name");
            if (c.personaId() != null && !personaIds.contains(c.personaId())) {
                add(at.path(".persona"), "ref.persona", c.personaId());
            }
            String points = at.path(".points");
            for (int k = 0; k < c.points().size(); k++) {
                CurvePoint pt = c.points().get(k);
                Where ptAt = new Where(points, k);
                id(pt.id(), ptAt);
                reference(pt.phaseId(), phaseIds, ptAt, ".phase", "ref.phase");
                if (!(pt.position() >= 0 && pt.position() <= 1)) {
                    add(ptAt.path(".position"), "value.range", "0", "1", fmt(pt.position()));
                }
                score(pt.score(), ptAt, ".score");
            }
        }
    }

    private void card(Card c, Where at, Set<String> phaseIds, Set<String> laneIds) {
        id(c.id(), at);
        reference(c.phaseId(), phaseIds, at, ".phase", "ref.phase");
        reference(c.laneId(), laneIds, at, ".lane", "ref.lane");
        rating(c.severity(), at, ".severity");
        rating(c.impact(), at, ".impact");
        rating(c.effort(), at, ".effort");
        if (c.emotion() != null) {
            score(c.emotion(), at, ".emotion");
        }
        if (c.votes() < 0 || c.votes() > Card.MAX_VOTES) {
            add(at.path(".votes"), "value.range", "0", String.valueOf(Card.MAX_VOTES), String.valueOf(c.votes()));
        }
    }

    /** An element of a list; its path is only spelled out when there is a problem to report. */
    private record Where(String list, int index) {
        String path(String field) {
            return list + "[" + index + "]" + field;
        }
    }

    private void id(String id, Where at) {
        if (id == null || id.isBlank()) {
            add(at.path(".id"), "id.missing");
            return;
        }
        Where first = firstUse.putIfAbsent(id, at);
        if (first != null) {
            add(at.path(".id"), "id.duplicate", id, first.path(".id"));
        }
    }

    private void reference(String id, Set<String> known, Where at, String field, String unknownKey) {
        if (id == null || id.isEmpty()) {
            add(at.path(field), "ref.missing");
        } else if (!known.contains(id)) {
            add(at.path(field), unknownKey, id);
        }
    }

    private void notBlank(String text, Where at, String field) {
        if (text == null || text.isBlank()) {
            add(at.path(field), "name.empty");
        }
    }

    private void size(double v, Where at, String field) {
        if (!(v > 0 && v <= MAX_SIZE)) {
            add(at.path(field), "value.size", fmt(MAX_SIZE), fmt(v));
        }
    }

    private void rating(Integer v, Where at, String field) {
        if (v != null && (v < MIN_RATING || v > MAX_RATING)) {
            add(at.path(field), "value.range", String.valueOf(MIN_RATING), String.valueOf(MAX_RATING), String.valueOf(v));
        }
    }

    private void score(int v, Where at, String field) {
        if (v < CurvePoint.MIN_SCORE || v > CurvePoint.MAX_SCORE) {
            add(at.path(field), "value.range", String.valueOf(CurvePoint.MIN_SCORE), "+" + CurvePoint.MAX_SCORE,
                    String.valueOf(v));
        }
    }

    private void picture(Picture picture, String at) {
        String type = picture.mediaType();
        if (!type.equals(PictureCheck.PNG) && !type.equals(PictureCheck.JPEG)) {
            add(at + ".mediaType", "picture.mediaType", type);
        } else {
            switch (PictureCheck.check(type, picture.data())) {
                case NOT_IMAGE -> add(at + ".data", "picture.notImage", type);
                case TOO_MANY_PIXELS -> add(at + ".data", "picture.tooManyPixels", PictureCheck.MAX_SIDE,
                        PictureCheck.MAX_PIXELS / 1_000_000);
                case OK -> {
                }
            }
        }
        if (picture.size() > Picture.MAX_BYTES) {
            add(at + ".data", "picture.tooLarge", picture.size(), Picture.MAX_BYTES);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private void add(String at, String key, Object... args) {
        problems.add(new Problem(file, at, 0, 0, messages.text(key, args)));
    }
}
