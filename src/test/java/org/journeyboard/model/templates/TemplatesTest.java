package org.journeyboard.model.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (TemplateKind kind : TemplateKind.values()) {
            for (Language language : Language.values()) {
                all.add(Arguments.of(kind, language));
            }
        }
        return all.stream();
    }

    @Test
    void ihk7HasTheSevenIhkPhasesInGermanAndEnglish() {
        assertThat(names(Templates.create(TemplateKind.IHK7, Language.DE, NOW))).containsExactly("Vorbewusstsein",
                "Aufmerksamkeit", "Überlegung", "Präferenz", "Kauf", "Nachkauf", "Kundenbindung");
        assertThat(names(Templates.create(TemplateKind.IHK7, Language.EN, NOW))).containsExactly("Pre-Awareness",
                "Awareness", "Consideration", "Preference", "Purchase", "Retention", "Loyalty");
    }

    @Test
    void aidaFiveAndB2bHaveTheirPhases() {
        assertThat(names(Templates.create(TemplateKind.AIDA, Language.DE, NOW)))
                .containsExactly("Aufmerksamkeit", "Interesse", "Verlangen", "Handlung");
        assertThat(names(Templates.create(TemplateKind.AIDA, Language.EN, NOW)))
                .containsExactly("Attention", "Interest", "Desire", "Action");
        assertThat(names(Templates.create(TemplateKind.FIVE, Language.DE, NOW)))
                .containsExactly("Bekanntheit", "Überlegung", "Kauf", "Bindung", "Befürwortung");
        assertThat(names(Templates.create(TemplateKind.FIVE, Language.EN, NOW)))
                .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
        assertThat(names(Templates.create(TemplateKind.B2B, Language.EN, NOW))).containsExactly("Need recognition",
                "Evaluation", "Negotiation", "Onboarding & account management", "After-sales",
                "Retention & renewals", "Referral & advocacy");
        assertThat(names(Templates.create(TemplateKind.B2B, Language.DE, NOW)))
                .startsWith("Bedarfserkennung", "Bewertung", "Verhandlung").endsWith("Empfehlung");
    }

    @Test
    void ihk7GoalsAndStrategiesComeFromTheDomain() {
        Phase purchase = Templates.create(TemplateKind.IHK7, Language.EN, NOW).phase("phase-purchase").orElseThrow();
        assertThat(purchase.strategies()).anyMatch(s -> s.startsWith("Tunneling"));
        Phase loyalty = Templates.create(TemplateKind.IHK7, Language.DE, NOW).phase("phase-loyalty").orElseThrow();
        assertThat(loyalty.goal()).contains("Customer Lifetime Value");
    }

    @ParameterizedTest
    @MethodSource("everyTemplateInEveryLanguage")
    void everyPhaseHasNameGoalStrategiesAndALightColour(TemplateKind kind, Language language) {
        JourneyMap map = Templates.create(kind, language, NOW);
        assertThat(map.phases()).hasSize(kind.phaseCount()).allSatisfy(p -> {
            assertThat(p.id()).startsWith("phase-");
            assertThat(p.name()).isNotBlank();
            assertThat(p.goal()).isNotBlank();
            assertThat(p.strategies()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(p.colour().luminance()).as("dark text must stay readable on %s", p.colour())
                    .isGreaterThan(0.6);
        });
        assertThat(map.phases().stream().map(Phase::colour).distinct()).hasSize(kind.phaseCount());
    }

    @ParameterizedTest
    @MethodSource("everyTemplateInEveryLanguage")
    void mapIsLocalizedWithLanesAndOneEmptyCurve(TemplateKind kind, Language language) {
        JourneyMap map = Templates.create(kind, language, NOW);
        assertThat(map.language()).isEqualTo(language);
        assertThat(map.title()).isNotBlank().contains(language == Language.DE ? "Phasen" : "phases");
        assertThat(map.description()).isNotBlank();
        assertThat(map.created()).isEqualTo(NOW);
        assertThat(map.modified()).isEqualTo(NOW);
        assertThat(map.lanes()).extracting(Lane::kind).contains(LaneKind.TOUCHPOINTS, LaneKind.ACTIONS,
                LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS);
        assertThat(map.lanes()).allSatisfy(l -> {
            assertThat(l.title()).isNotBlank();
            assertThat(l.id()).isEqualTo(Templates.laneId(l.kind()));
        });
        assertThat(map.lanes().stream().map(Lane::kind).anyMatch(k -> k == LaneKind.BACKSTAGE))
                .isEqualTo(kind == TemplateKind.B2B);
        assertThat(map.curves()).singleElement().satisfies(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.points()).isEmpty();
        });
        assertThat(map.cards()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyTemplateInEveryLanguage")
    void idsAreUniqueAndDeterministic(TemplateKind kind, Language language) {
        JourneyMap map = Templates.create(kind, language, NOW);
        int count = map.phases().size() + map.lanes().size() + map.curves().size();
        assertThat(Ids.allIn(map)).hasSize(count);
        assertThat(Templates.create(kind, language, NOW)).isEqualTo(map);
    }

    @Test
    void laneTitlesAreLocalized() {
        Lane de = Templates.create(TemplateKind.IHK7, Language.DE, NOW).lane("lane-pain-points").orElseThrow();
        Lane en = Templates.create(TemplateKind.IHK7, Language.EN, NOW).lane("lane-pain-points").orElseThrow();
        assertThat(de.title()).isEqualTo("Schmerzpunkte");
        assertThat(en.title()).isEqualTo("Pain points");
    }

    @Test
    void codesRoundTripAndUnknownCodesNameTheValidOnes() {
        for (TemplateKind kind : TemplateKind.values()) {
            assertThat(TemplateKind.ofCode(kind.code())).isEqualTo(kind);
        }
        assertThat(TemplateKind.IHK7.code()).isEqualTo("ihk7");
        assertThatThrownBy(() -> TemplateKind.ofCode("ihk8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ihk8").hasMessageContaining("ihk7, aida, five, b2b");
    }

    @Test
    void phaseColoursSpreadOverThePalette() {
        assertThat(Templates.phaseColour(0, 4)).isEqualTo(Templates.phaseColour(0, 7));
        assertThat(Templates.phaseColour(3, 4)).isEqualTo(Templates.phaseColour(6, 7));
        assertThat(Templates.phaseColour(7, 9)).isEqualTo(Templates.phaseColour(0, 9));
    }

    @Test
    void bothTextBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("templates.properties");
        Properties de = load("templates_de.properties");
        assertThat(en).isNotEmpty();
        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    private static List<String> names(JourneyMap map) {
        return map.phases().stream().map(Phase::name).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
