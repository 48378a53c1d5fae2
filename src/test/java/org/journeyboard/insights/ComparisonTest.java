package org.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeyboard.io.RandomMaps;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Phase;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static JourneyMap sample(String fileName) {
        return Samples.all().stream().filter(s -> s.fileName().equals(fileName)).map(Sample::map).findFirst().orElseThrow();
    }

    private static final JourneyMap GOOD = sample("sicherheitstechnik-gut.journey.json");
    private static final JourneyMap WORST = sample("sicherheitstechnik-worst-case.journey.json");

    @Test
    void goodAgainstWorstDivesAtPurchaseAndAfterTheSale() {
        Comparison c = Comparison.of(GOOD, WORST);
        assertThat(c.phases()).hasSize(7);
        assertThat(c.onlyBefore()).isEmpty();
        assertThat(c.onlyAfter()).isEmpty();
        assertThat(c.curves()).hasSize(1);
        List<Comparison.PhaseDifference> dives = c.dives();
        // good case +1.5 / +1 / +2 against worst case -1.67 / -1.75 / -1.5 (loyalty ends with bad reviews)
        assertThat(dives.subList(0, 3)).extracting(d -> d.phase().after().name())
                .containsExactly("Kundenbindung", "Kauf", "Nachkauf");
        assertThat(dives).extracting(d -> d.phase().after().name()).doesNotContain("Vorbewusstsein");
        assertThat(dives.get(1).difference()).isCloseTo(-19.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.painPointsOnlyAfter()).extracting(p -> p.card().id()).startsWith("card-payment-missing");
        assertThat(c.painPointsOnlyAfter()).extracting(p -> p.phase().name()).contains("Kauf", "Nachkauf");
        // KPIs of different names are not paired because they sit at the same place
        assertThat(c.kpis()).filteredOn(k -> k.name().equals("Reichweite der Kampagne")).singleElement()
                .satisfies(k -> assertThat(k.after()).isNull());
        assertThat(c.kpis()).anySatisfy(k -> {
            assertThat(k.name()).isEqualTo("Conversion-Rate");
            assertThat(k.before().actual()).isEqualTo("3,4 %");
            assertThat(k.after().actual()).isEqualTo("0,9 %");
        });
    }

    @Test
    void phasesMatchByNameWhenTheIdsDiffer() {
        JourneyMap renamedIds = WORST.withPhases(WORST.phases().stream()
                .map(p -> new Phase("other-" + p.id(), "  " + p.name().toUpperCase(java.util.Locale.ROOT) + " ", p.colour(),
                        p.width(), p.goal(), p.strategies(), p.kpis(), p.extras())).toList())
                .withCards(List.of()).withCurves(List.of());
        Comparison c = Comparison.of(GOOD, renamedIds);
        assertThat(c.phases()).hasSize(7).allSatisfy(p -> assertThat(p.after().id()).isEqualTo("other-" + p.before().id()));
        assertThat(c.cardsOnlyBefore()).hasSameSizeAs(GOOD.cards());
    }

    @Test
    void cardsMatchByIdElseByKindPhaseAndTitle() {
        Card moved = GOOD.cards().get(0);
        JourneyMap copy = GOOD.withCards(GOOD.cards().stream().map(c -> c == moved ? c.withId("new-id") : c).toList())
                .mapPhase(GOOD.phases().get(0).id(), p -> p.withKpis(List.of(new Kpi("Neu", "1", "2"))));
        Comparison c = Comparison.of(GOOD, copy);
        assertThat(c.cardsOnlyBefore()).isEmpty();
        assertThat(c.cardsOnlyAfter()).isEmpty();
        JourneyMap retitled = GOOD.mapCard(moved.id(), x -> x.withTitle("Ganz anders").withId("x"));
        assertThat(Comparison.of(GOOD, retitled).cardsOnlyAfter()).extracting(Card::id).containsExactly("x");
        assertThat(c.kpis()).anySatisfy(k -> {
            assertThat(k.name()).isEqualTo("Neu");
            assertThat(k.before()).isNull();
        });
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return RandomMaps.maps();
    }

    @Property(tries = 200)
    void aMapComparedWithItselfShowsNoDifference(@ForAll("maps") JourneyMap map) {
        Comparison c = Comparison.of(map, map);
        assertThat(c.onlyBefore()).isEmpty();
        assertThat(c.onlyAfter()).isEmpty();
        assertThat(c.cardsOnlyBefore()).isEmpty();
        assertThat(c.cardsOnlyAfter()).isEmpty();
        assertThat(c.dives()).isEmpty();
        assertThat(c.differences()).allSatisfy(d -> {
            if (d.difference() != null) {
                assertThat(d.difference()).isZero();
            }
        });
        assertThat(c.kpis()).allSatisfy(k -> assertThat(k.before()).isEqualTo(k.after()));
    }
}
