package org.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeyboard.io.RandomMaps;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Phase;

/** What must hold for every map, whatever is on it. */
class InsightsPropertiesTest {
    @Provide
    Arbitrary<JourneyMap> maps() {
        return RandomMaps.maps();
    }

    @Property(tries = 300)
    void theRankingIsAPermutationOfThePainPointsInItsOwnOrder(@ForAll("maps") JourneyMap map) {
        List<RankedPainPoint> ranked = PainPoints.ranked(map);
        assertThat(ranked).extracting(RankedPainPoint::card)
                .containsExactlyInAnyOrderElementsOf(map.cards().stream().filter(c -> c.kind() == CardKind.PAIN_POINT).toList());
        Map<String, Integer> phaseOrder = PainPoints.order(map.phases().stream().map(Phase::id).toList());
        for (int i = 1; i < ranked.size(); i++) {
            RankedPainPoint a = ranked.get(i - 1);
            RankedPainPoint b = ranked.get(i);
            assertThat(b.rank()).isEqualTo(a.rank() + 1);
            assertThat(a.severity()).isGreaterThanOrEqualTo(b.severity());
            if (a.severity() == b.severity()) {
                assertThat(a.votes()).isGreaterThanOrEqualTo(b.votes());
                if (a.votes() == b.votes()) {
                    double ea = a.emotion() == null ? Double.POSITIVE_INFINITY : a.emotion();
                    double eb = b.emotion() == null ? Double.POSITIVE_INFINITY : b.emotion();
                    assertThat(ea).isLessThanOrEqualTo(eb);
                    if (ea == eb) {
                        assertThat(phaseOrder.get(a.card().phaseId())).isLessThanOrEqualTo(phaseOrder.get(b.card().phaseId()));
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void touchpointCountsAddUpToTheMapsTouchpoints(@ForAll("maps") JourneyMap map) {
        List<PhaseChannels> mix = Channels.perPhase(map);
        long touchpoints = map.cards().stream().filter(c -> c.kind() == CardKind.TOUCHPOINT).count();
        assertThat(mix.stream().mapToInt(PhaseChannels::touchpoints).sum()).isEqualTo(touchpoints);
        for (PhaseChannels p : mix) {
            assertThat(p.direct() + p.indirect()).isEqualTo(p.touchpoints());
            assertThat(p.online() + p.offline()).isEqualTo(p.touchpoints());
            assertThat(p.byType().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(p.touchpoints());
        }
        Map<String, Long> perPhase = map.cards().stream().filter(c -> c.kind() == CardKind.TOUCHPOINT)
                .collect(Collectors.groupingBy(Card::phaseId, Collectors.counting()));
        Map<String, Integer> counted = mix.stream().filter(p -> p.touchpoints() > 0)
                .collect(Collectors.toMap(p -> p.phase().id(), PhaseChannels::touchpoints, (x, y) -> x + y));
        assertThat(counted).isEqualTo(perPhase.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
    }

    @Property(tries = 300)
    void meansLieBetweenMinimumAndMaximum(@ForAll("maps") JourneyMap map) {
        for (PhaseEmotion e : Emotions.perPhase(map)) {
            int max = map.curve(e.curveId()).orElseThrow().points().stream()
                    .filter(p -> p.phaseId().equals(e.phaseId())).mapToInt(p -> p.score()).max().orElseThrow();
            assertThat(e.mean()).isBetween((double) e.min(), (double) max);
            assertThat(e.lowest().score()).isEqualTo(e.min());
            assertThat(e.points()).isPositive();
        }
        assertThat(Emotions.drops(map)).allSatisfy(d -> assertThat(d.size()).isEqualTo(d.from().score() - d.to().score()).isPositive());
    }

    @Property(tries = 200)
    void everyOpportunityIsPlacedOnce(@ForAll("maps") JourneyMap map) {
        List<PlacedOpportunity> placed = Opportunities.placed(map);
        assertThat(placed).extracting(o -> o.card().id())
                .containsExactlyInAnyOrderElementsOf(map.cards().stream().filter(c -> c.kind() == CardKind.OPPORTUNITY)
                        .map(Card::id).toList());
        assertThat(placed).allSatisfy(o -> assertThat(o.quadrant() == null)
                .isEqualTo(o.impact() == null || o.effort() == null));
        Function<PlacedOpportunity, Integer> q = o -> o.quadrant() == null ? 99 : o.quadrant().ordinal();
        for (int i = 1; i < placed.size(); i++) {
            assertThat(q.apply(placed.get(i - 1))).isLessThanOrEqualTo(q.apply(placed.get(i)));
        }
    }
}
