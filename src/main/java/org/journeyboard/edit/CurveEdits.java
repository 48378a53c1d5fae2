package org.journeyboard.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;

/**
 * Edits of emotion curves and their points. Points keep their position in the curve's list (new ones are appended):
 * the drawing sorts them by phase and position, so the list order carries no meaning.
 */
public final class CurveEdits {
    private CurveEdits() {
    }

    /** Appends {@code curve}; its points' phases and its persona (if any) must exist. */
    public static Edit addCurve(EmotionCurve curve) {
        Objects.requireNonNull(curve, "curve");
        curve.points().forEach(CurveEdits::requireRange);
        return Edit.of("edit.curve.add", map -> {
            Existing.requireFreeId(map, "emotion curve", curve.id());
            if (curve.personaId() != null) {
                Existing.persona(map, curve.personaId());
            }
            for (CurvePoint p : curve.points()) {
                Existing.requireFreeId(map, "curve point", p.id());
                Existing.phase(map, p.phaseId());
            }
            List<EmotionCurve> curves = new ArrayList<>(map.curves());
            curves.add(curve);
            return map.withCurves(curves);
        });
    }

    /** Renames a curve; consecutive renames of one curve merge into one undo step. */
    public static Edit renameCurve(String curveId, String name) {
        return Edit.mergeable("edit.curve.rename", "curve:" + curveId + ":name",
                map -> change(map, curveId, c -> c.withName(Names.keepIfBlank(c.name(), name))));
    }

    public static Edit recolourCurve(String curveId, Colour colour) {
        Objects.requireNonNull(colour, "colour");
        return Edit.of("edit.curve.colour", map -> change(map, curveId, c -> c.withColour(colour)));
    }

    /** Assigns the curve to a persona, or to none when {@code personaId} is null. */
    public static Edit setCurvePersona(String curveId, String personaId) {
        return Edit.of("edit.curve.persona", map -> {
            if (personaId != null) {
                Existing.persona(map, personaId);
            }
            return change(map, curveId, c -> c.withPersonaId(personaId));
        });
    }

    public static Edit deleteCurve(String curveId) {
        return Edit.of("edit.curve.delete", map -> {
            Existing.curve(map, curveId);
            return map.withCurves(map.curves().stream().filter(c -> !c.id().equals(curveId)).toList());
        });
    }

    /** Appends {@code point} to the curve; its phase must exist, position 0..1, score -2..+2. */
    public static Edit addCurvePoint(String curveId, CurvePoint point) {
        Objects.requireNonNull(point, "point");
        requireRange(point);
        return Edit.of("edit.curve.point.add", map -> {
            Existing.curve(map, curveId);
            Existing.requireFreeId(map, "curve point", point.id());
            Existing.phase(map, point.phaseId());
            return map.mapCurve(curveId, c -> {
                List<CurvePoint> points = new ArrayList<>(c.points());
                points.add(point);
                return c.withPoints(points);
            });
        });
    }

    /** Moves a point to another place and score (one drag, committed on release). */
    public static Edit moveCurvePoint(String curveId, String pointId, String phaseId, double position, int score) {
        requireRange(position, score);
        return Edit.of("edit.curve.point.move", map -> {
            Existing.phase(map, phaseId);
            return changePoint(map, curveId, pointId, p -> p.withPlace(phaseId, position).withScore(score));
        });
    }

    /** Sets a point's label; consecutive label edits of one point merge into one undo step. */
    public static Edit setCurvePointLabel(String curveId, String pointId, String label) {
        return Edit.mergeable("edit.curve.point.label", "curvePoint:" + curveId + ":" + pointId + ":label",
                map -> changePoint(map, curveId, pointId, p -> p.withLabel(label)));
    }

    public static Edit deleteCurvePoint(String curveId, String pointId) {
        return Edit.of("edit.curve.point.delete", map -> {
            Existing.point(Existing.curve(map, curveId), pointId);
            return map.mapCurve(curveId,
                    c -> c.withPoints(c.points().stream().filter(p -> !p.id().equals(pointId)).toList()));
        });
    }

    private static JourneyMap change(JourneyMap map, String curveId, UnaryOperator<EmotionCurve> change) {
        Existing.curve(map, curveId);
        return map.mapCurve(curveId, change);
    }

    private static JourneyMap changePoint(JourneyMap map, String curveId, String pointId,
                                          UnaryOperator<CurvePoint> change) {
        Existing.point(Existing.curve(map, curveId), pointId);
        return map.mapCurve(curveId, c -> c.withPoints(
                c.points().stream().map(p -> p.id().equals(pointId) ? change.apply(p) : p).toList()));
    }

    private static void requireRange(CurvePoint point) {
        requireRange(point.position(), point.score());
    }

    private static void requireRange(double position, int score) {
        if (!(position >= 0 && position <= 1)) {
            throw new IllegalArgumentException("a curve point's position must be 0..1 within its phase, was " + position);
        }
        if (score < CurvePoint.MIN_SCORE || score > CurvePoint.MAX_SCORE) {
            throw new IllegalArgumentException("a curve point's score must be " + CurvePoint.MIN_SCORE + "..+"
                    + CurvePoint.MAX_SCORE + ", was " + score);
        }
    }
}
