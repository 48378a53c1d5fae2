package org.journeyboard.edit;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/**
 * A random choice of edit that is turned into real edits only against the map it will be applied to, so that a
 * generated sequence always refers to ids that exist at that moment. Numbers pick ids and indexes by modulo.
 */
public record EditRecipe(int kind, int a, int b, int c, String text) {
    public static final int KINDS = 30;

    /** The edits this recipe stands for on {@code map}: usually one; a typing burst is several mergeable ones. */
    public List<Edit> on(JourneyMap map) {
        List<String> cards = map.cards().stream().map(Card::id).toList();
        List<String> phases = map.phases().stream().map(Phase::id).toList();
        List<String> lanes = map.lanes().stream().map(Lane::id).toList();
        List<String> personas = map.personas().stream().map(Persona::id).toList();
        List<EmotionCurve> curves = map.curves();
        boolean haveCells = !phases.isEmpty() && !lanes.isEmpty();
        boolean haveCards = !cards.isEmpty();
        List<CurvePoint> points = curves.stream().flatMap(k -> k.points().stream()).toList();
        Edit edit = switch (Math.floorMod(kind, KINDS)) {
            case 0, 1 -> haveCells ? CardEdits.addCard(Card.of(fresh(map, "card"), pick(phases, a), pick(lanes, b), c,
                    CardKind.values()[Math.floorMod(a, CardKind.values().length)], text)) : null;
            case 2, 3 -> haveCards ? CardEdits.moveCard(pick(cards, a), pick(phases, b), pick(lanes, c), c) : null;
            case 4 -> haveCards ? CardEdits.moveCards(some(cards), pick(phases, b), pick(lanes, c), a) : null;
            case 5 -> haveCards ? CardEdits.setCardTitle(pick(cards, a), text) : null;
            case 6 -> haveCards ? CardEdits.setCardNotes(pick(cards, a), text) : null;
            case 7 -> haveCards ? CardEdits.deleteCards(some(cards)) : null;
            case 8 -> haveCards ? CardEdits.duplicateCards(List.of(pick(cards, a)), List.of(fresh(map, "copy"))) : null;
            case 9 -> haveCards ? CardEdits.setCardEmotion(pick(cards, a), Math.floorMod(b, 5) - 2) : null;
            case 10 -> PhaseEdits.addPhase(new Phase(fresh(map, "phase"), named(text), new Colour(a & 255, b & 255, c & 255)), a);
            case 11 -> phases.isEmpty() ? null : PhaseEdits.renamePhase(pick(phases, a), text);
            case 12 -> phases.isEmpty() ? null : PhaseEdits.movePhase(pick(phases, a), b);
            case 13 -> phases.isEmpty() ? null : PhaseEdits.resizePhase(pick(phases, a), 100 + Math.floorMod(b, 300));
            case 14 -> phases.size() < 2 ? null : PhaseEdits.deletePhase(pick(phases, a));
            case 15 -> LaneEdits.addLane(new Lane(fresh(map, "lane"), LaneKind.values()[Math.floorMod(a, 9)], named(text)), b);
            case 16 -> lanes.isEmpty() ? null : LaneEdits.renameLane(pick(lanes, a), text);
            case 17 -> lanes.isEmpty() ? null : LaneEdits.moveLane(pick(lanes, a), b);
            case 18 -> lanes.isEmpty() ? null : LaneEdits.setLaneHidden(pick(lanes, a), b % 2 == 0);
            case 19 -> lanes.size() < 2 ? null : LaneEdits.deleteLane(pick(lanes, a));
            case 20 -> curves.isEmpty() || phases.isEmpty() ? null : CurveEdits.addCurvePoint(pick(curves, a).id(),
                    new CurvePoint(fresh(map, "point"), pick(phases, b), Math.floorMod(c, 11) / 10.0, Math.floorMod(b, 5) - 2, text));
            case 21 -> points.isEmpty() ? null : CurveEdits.moveCurvePoint(curveOf(curves, pick(points, a)), pick(points, a).id(),
                    pick(phases, b), Math.floorMod(c, 11) / 10.0, Math.floorMod(c, 5) - 2);
            case 22 -> points.isEmpty() ? null
                    : CurveEdits.setCurvePointLabel(curveOf(curves, pick(points, a)), pick(points, a).id(), text);
            case 23 -> points.isEmpty() ? null : CurveEdits.deleteCurvePoint(curveOf(curves, pick(points, a)), pick(points, a).id());
            case 24 -> PersonaEdits.addPersona(new Persona(fresh(map, "persona"), named(text), ""), a);
            case 25 -> personas.isEmpty() ? null : PersonaEdits.deletePersona(pick(personas, a));
            case 26 -> curves.isEmpty() ? CurveEdits.addCurve(new EmotionCurve(fresh(map, "curve"), named(text), null,
                    personas.isEmpty() ? null : pick(personas, a), List.of())) : CurveEdits.deleteCurve(pick(curves, a).id());
            case 27 -> curves.isEmpty() ? null : CurveEdits.renameCurve(pick(curves, a).id(), text);
            case 28 -> haveCards && cards.size() >= 2 ? Edit.compose("edit.cards.move",
                    CardEdits.moveCard(pick(cards, a), pick(phases, b), pick(lanes, c), 0),
                    CardEdits.moveCard(pick(cards, b), pick(phases, c), pick(lanes, a), 1)) : null;
            default -> null; // 29: a typing burst, below
        };
        if (edit != null) {
            return List.of(edit);
        }
        return typingBurst(map, cards);
    }

    /** Keystrokes into one field, one edit per prefix: what the history merges into one step. */
    private List<Edit> typingBurst(JourneyMap map, List<String> cards) {
        List<Edit> burst = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            String typed = text.substring(0, i);
            burst.add(cards.isEmpty() ? MapEdits.setTitle(map.title() + typed) : CardEdits.setCardTitle(pick(cards, a), typed));
        }
        return burst;
    }

    private List<String> some(List<String> ids) {
        List<String> chosen = new ArrayList<>();
        int count = 1 + Math.floorMod(b, Math.min(3, ids.size()));
        for (int i = 0; i < count; i++) {
            chosen.add(pick(ids, a + i * (c | 1)));
        }
        return chosen;
    }

    private static String curveOf(List<EmotionCurve> curves, CurvePoint point) {
        return curves.stream().filter(k -> k.points().contains(point)).findFirst().orElseThrow().id();
    }

    private static <T> T pick(List<T> items, int n) {
        return items.get(Math.floorMod(n, items.size()));
    }

    /** A free id, deterministic (unlike {@link Ids#next}) so that a failing case replays and shrinks. */
    private static String fresh(JourneyMap map, String prefix) {
        var taken = Ids.allIn(map);
        int n = 0;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** Things the editor adds always come with a name (the format requires one); renames may still try blanks. */
    private static String named(String text) {
        return text.isBlank() ? "Named " + text.length() : text;
    }
}
