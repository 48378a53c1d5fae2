package org.journeyboard.insights;

import java.util.List;
import org.journeyboard.model.JourneyMap;

/**
 * Everything the map says about where the journey hurts and what to fix first: the ranked pain points, the
 * emotion per phase and its falls, the opportunity matrix, the channel mix and the KPIs. Pure figures, no drawing.
 */
public record Insights(JourneyMap map, List<RankedPainPoint> painPoints, List<PhaseEmotion> emotions,
                       List<EmotionDrop> drops, List<PlacedOpportunity> opportunities, List<PhaseChannels> channels,
                       List<KpiCheck> kpis) {

    public static Insights of(JourneyMap map) {
        return new Insights(map, PainPoints.ranked(map), Emotions.perPhase(map), Emotions.drops(map),
                Opportunities.placed(map), Channels.perPhase(map), Kpis.checked(map));
    }
}
