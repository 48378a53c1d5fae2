package org.journeyboard.model.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.journeyboard.model.Colour;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;

/** Creates new maps from the built-in phase models, with localized phases, goals, strategies and default lanes. */
public final class Templates {
    /** Base name of the template text bundles (templates.properties English, templates_de.properties German). */
    public static final String BUNDLE = "org.journeyboard.model.templates.templates";

    /** Id of the empty emotion curve every template starts with. */
    public static final String CURVE_ID = "curve-main";

    /**
     * Light, clearly distinct phase colours in journey order (cool to warm); dark text stays readable on all, and
     * neighbours stay apart for colour-blind readers too (ColourVisionTest).
     */
    private static final List<Colour> PALETTE = List.of(
            Colour.parse("#9CC9F0"), // sky blue
            Colour.parse("#7ED0AE"), // teal
            Colour.parse("#C4ECB3"), // green
            Colour.parse("#F6E08B"), // yellow
            Colour.parse("#F8C291"), // apricot
            Colour.parse("#F4A7B0"), // rose
            Colour.parse("#C9B6E8")); // lavender

    private static final List<LaneKind> DEFAULT_LANES = List.of(LaneKind.TOUCHPOINTS, LaneKind.ACTIONS,
            LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS);

    /** The emotions lane is taller so the curve has room to swing between -2 and +2. */
    static final double EMOTION_LANE_HEIGHT = 180;

    private Templates() {
    }

    /** A new map following {@code kind}, written in {@code language}, created and modified at {@code now}. */
    public static JourneyMap create(TemplateKind kind, Language language, Instant now) {
        ResourceBundle texts = Labels.bundle(BUNDLE, language);
        String prefix = kind.code() + ".";
        List<String> keys = kind.phaseKeys();
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String p = prefix + keys.get(i) + ".";
            phases.add(new Phase(phaseId(keys.get(i)), texts.getString(p + "name"), phaseColour(i, keys.size()),
                    Phase.DEFAULT_WIDTH, texts.getString(p + "goal"), strategies(texts.getString(p + "strategies")),
                    List.of(), Extras.NONE));
        }
        List<LaneKind> laneKinds = new ArrayList<>(DEFAULT_LANES);
        if (kind.hasBackstage()) {
            laneKinds.add(LaneKind.BACKSTAGE);
        }
        EmotionCurve curve = new EmotionCurve(CURVE_ID, texts.getString("curve.name"), null, null, List.of());
        return JourneyMap.empty(texts.getString(prefix + "title"), language, now)
                .withDescription(texts.getString(prefix + "description"))
                .withPhases(phases)
                .withLanes(lanes(laneKinds, language))
                .withCurves(List.of(curve));
    }

    /**
     * Lanes of the given kinds in that order, titled in {@code language}, with ids from {@link #laneId}; each fits
     * its content.
     */
    public static List<Lane> lanes(List<LaneKind> kinds, Language language) {
        Labels labels = Labels.of(language);
        return kinds.stream().map(k -> new Lane(laneId(k), k, labels.laneKind(k), false,
                k == LaneKind.EMOTIONS ? EMOTION_LANE_HEIGHT : Lane.DEFAULT_HEIGHT, true, Extras.NONE)).toList();
    }

    /** The readable id templates give a lane of this kind, e.g. "lane-pain-points". */
    public static String laneId(LaneKind kind) {
        return "lane-" + kind.code().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** The readable id templates give a phase, e.g. "phase-awareness" for the key "awareness". */
    static String phaseId(String phaseKey) {
        return "phase-" + phaseKey;
    }

    /**
     * The colour of phase {@code index} of {@code count}, spread over the palette so that short models still get
     * contrasting neighbours; beyond the palette's length the colours repeat.
     */
    public static Colour phaseColour(int index, int count) {
        int n = PALETTE.size();
        if (count <= 1 || count > n) {
            return PALETTE.get(Math.floorMod(index, n));
        }
        return PALETTE.get((int) Math.round(index * (n - 1) / (double) (count - 1)));
    }

    private static List<String> strategies(String joined) {
        return Arrays.stream(joined.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
