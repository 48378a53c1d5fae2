package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The stops of presentation mode: first the whole journey, then each phase column in order (its header with name and
 * goal, its cards in every lane, its part of the emotion curve), each with a little room round it.
 */
public final class PresentationSteps {
    /** Map units of room left round a phase column, so that its edges do not touch the screen's. */
    public static final double MARGIN = 12;

    private PresentationSteps() {
    }

    /** Step 0 is the whole map; step i (1..n) the i-th phase. */
    public static List<Rect> of(MapLayout layout) {
        List<Rect> steps = new ArrayList<>();
        steps.add(layout.bounds());
        for (PhaseBox phase : layout.phases()) {
            steps.add(phaseArea(phase));
        }
        return List.copyOf(steps);
    }

    /** The phase's header and column together, with {@link #MARGIN} round them. */
    static Rect phaseArea(PhaseBox phase) {
        Rect h = phase.header();
        Rect c = phase.column();
        double x = Math.min(h.x(), c.x());
        double y = Math.min(h.y(), c.y());
        double right = Math.max(h.right(), c.right());
        double bottom = Math.max(h.bottom(), c.bottom());
        return new Rect(x, y, right - x, bottom - y).inflate(MARGIN);
    }
}
