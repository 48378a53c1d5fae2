package org.journeyboard.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;

/** The channel mix phase by phase: touchpoint cards by reach, channel and type, and the gaps. */
public final class Channels {
    private Channels() {
    }

    /** One entry per phase, in map order. */
    public static List<PhaseChannels> perPhase(JourneyMap map) {
        List<PhaseChannels> all = new ArrayList<>(map.phases().size());
        for (Phase phase : map.phases()) {
            int touchpoints = 0;
            int direct = 0;
            int online = 0;
            int actions = 0;
            EnumMap<TouchpointType, Integer> byType = new EnumMap<>(TouchpointType.class);
            for (Card c : map.cards()) {
                if (!c.phaseId().equals(phase.id())) {
                    continue;
                }
                if (c.kind() == CardKind.ACTION) {
                    actions++;
                }
                if (c.kind() != CardKind.TOUCHPOINT) {
                    continue;
                }
                Touchpoint t = c.touchpoint() != null ? c.touchpoint() : Touchpoint.of(TouchpointType.CUSTOM);
                touchpoints++;
                direct += t.reach() == Reach.DIRECT ? 1 : 0;
                online += t.channel() == Channel.ONLINE ? 1 : 0;
                byType.merge(t.type(), 1, Integer::sum);
            }
            all.add(new PhaseChannels(phase, touchpoints, direct, touchpoints - direct, online, touchpoints - online,
                    byType, actions));
        }
        return List.copyOf(all);
    }
}
