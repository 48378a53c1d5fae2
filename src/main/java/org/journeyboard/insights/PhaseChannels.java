package org.journeyboard.insights;

import java.util.Map;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;

/**
 * The touchpoints of one phase: how many are direct or indirect, online or offline, how many of each type, and how
 * many customer actions the phase has.
 */
public record PhaseChannels(Phase phase, int touchpoints, int direct, int indirect, int online, int offline,
                            Map<TouchpointType, Integer> byType, int actions) {
    public PhaseChannels {
        byType = Map.copyOf(byType);
    }

    /** A phase without any touchpoint: the customer meets the company nowhere there. */
    public boolean hasNoTouchpoint() {
        return touchpoints == 0;
    }

    /** A phase with touchpoints but no customer action: what the customer does there is not drawn. */
    public boolean hasNoAction() {
        return touchpoints > 0 && actions == 0;
    }
}
