package org.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.junit.jupiter.api.Test;

/** The bundled samples, a fresh template and an empty map give sensible figures. */
class InsightsOnSamplesTest {
    private static JourneyMap sample(String fileName) {
        return Samples.all().stream().filter(s -> s.fileName().equals(fileName)).map(Sample::map).findFirst().orElseThrow();
    }

    @Test
    void theWorstCaseHurtsMostAtPurchaseAndAfter() {
        Insights worst = Insights.of(sample("sicherheitstechnik-worst-case.journey.json"));
        assertThat(worst.painPoints()).isNotEmpty();
        assertThat(worst.painPoints().get(0).phase().id()).isIn("phase-purchase", "phase-retention");
        assertThat(worst.painPoints().get(0).severity()).isEqualTo(
                worst.painPoints().stream().mapToInt(RankedPainPoint::severity).max().orElseThrow());
        // the dive: the lowest phase means are at Kauf or Nachkauf
        PhaseEmotion lowest = worst.emotions().stream()
                .min(java.util.Comparator.comparingDouble(PhaseEmotion::mean)).orElseThrow();
        assertThat(lowest.phaseId()).isIn("phase-purchase", "phase-retention");
        assertThat(worst.kpis()).extracting(KpiCheck::status).containsOnly(KpiStatus.MISSED);
    }

    @Test
    void theGoodCaseMeetsItsKpisInBothLanguages() {
        for (String name : List.of("sicherheitstechnik-gut.journey.json", "security-system-good.journey.json")) {
            Insights good = Insights.of(sample(name));
            assertThat(good.kpis()).as(name).isNotEmpty()
                    .allSatisfy(k -> assertThat(k.status()).as(k.kpi().name() + ": " + k.kpi().target() + " / "
                            + k.kpi().actual()).isEqualTo(KpiStatus.MET));
            assertThat(good.channels()).as(name).hasSize(good.map().phases().size());
        }
    }

    @Test
    void anEmptyMapAndAFreshTemplateHaveNothingToRank() {
        Insights empty = Insights.of(JourneyMap.empty("Leer", Language.DE, Instant.EPOCH));
        assertThat(empty.painPoints()).isEmpty();
        assertThat(empty.emotions()).isEmpty();
        assertThat(empty.channels()).isEmpty();
        Insights fresh = Insights.of(Templates.create(TemplateKind.IHK7, Language.DE, Instant.EPOCH));
        assertThat(fresh.painPoints()).isEmpty();
        assertThat(fresh.drops()).isEmpty();
        assertThat(fresh.channels()).hasSize(7).allSatisfy(p -> assertThat(p.hasNoTouchpoint()).isTrue());
    }
}
