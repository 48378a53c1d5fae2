package org.journeyboard.model.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Ids;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {
    private static final JourneyMap GOOD_DE = sample("sicherheitstechnik-gut.journey.json");
    private static final JourneyMap WORST_DE = sample("sicherheitstechnik-worst-case.journey.json");
    private static final JourneyMap GOOD_EN = sample("security-system-good.journey.json");

    static Stream<JourneyMap> maps() {
        return Samples.all().stream().map(Sample::map);
    }

    @Test
    void threeSamplesInTheirLanguages() {
        assertThat(Samples.all()).extracting(Sample::fileName).containsExactly(
                "sicherheitstechnik-gut.journey.json", "sicherheitstechnik-worst-case.journey.json",
                "security-system-good.journey.json");
        assertThat(Samples.all()).extracting(s -> s.map().language())
                .containsExactly(Language.DE, Language.DE, Language.EN);
        assertThat(Samples.all()).isEqualTo(Samples.all());
    }

    @ParameterizedTest
    @MethodSource("maps")
    void mapHasFixedMetadataAndIhkPhases(JourneyMap map) {
        assertThat(map.title()).isNotBlank();
        assertThat(map.description()).isNotBlank();
        assertThat(map.author()).isEqualTo("Journeyboard");
        assertThat(map.created()).isEqualTo(Samples.TIME);
        assertThat(map.modified()).isEqualTo(Samples.TIME);
        assertThat(map.phases()).extracting(Phase::name)
                .isEqualTo(names(Templates.create(TemplateKind.IHK7, map.language(), Samples.TIME)));
        assertThat(map.phases()).allSatisfy(p -> {
            assertThat(p.goal()).isNotBlank();
            assertThat(p.strategies()).isNotEmpty();
        });
        List<org.journeyboard.model.Kpi> kpis = map.phases().stream().flatMap(p -> p.kpis().stream()).toList();
        assertThat(kpis).hasSizeGreaterThanOrEqualTo(3).allSatisfy(k -> {
            assertThat(k.name()).isNotBlank();
            assertThat(k.target()).isNotBlank();
            assertThat(k.actual()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("maps")
    void personaIsComplete(JourneyMap map) {
        assertThat(map.personas()).singleElement().satisfies(p -> {
            assertThat(p.name()).isNotBlank();
            assertThat(p.role()).isNotBlank();
            assertThat(p.goals()).isNotEmpty();
            assertThat(p.needs()).isNotEmpty();
            assertThat(p.frustrations()).isNotEmpty();
            assertThat(p.picture()).isNull();
        });
    }

    @ParameterizedTest
    @MethodSource("maps")
    void cardsAreSpreadOverEveryLaneExceptEmotions(JourneyMap map) {
        assertThat(map.cards()).hasSizeBetween(25, 40);
        Set<LaneKind> used = map.cards().stream().map(c -> map.lane(c.laneId()).orElseThrow().kind())
                .collect(Collectors.toSet());
        assertThat(used).isEqualTo(EnumSet.complementOf(EnumSet.of(LaneKind.EMOTIONS)));
        assertThat(map.lanes()).extracting(Lane::kind).containsExactlyInAnyOrder(LaneKind.values());
        assertThat(map.cards()).allSatisfy(c -> {
            assertThat(map.phase(c.phaseId())).as(c.id()).isPresent();
            assertThat(map.lane(c.laneId())).as(c.id()).isPresent();
            assertThat(c.title()).as(c.id()).isNotBlank();
            assertThat(laneKindFor(c.kind())).as(c.id()).isEqualTo(map.lane(c.laneId()).orElseThrow().kind());
        });
        assertThat(map.phases()).allSatisfy(p -> assertThat(map.cards()).anyMatch(c -> c.phaseId().equals(p.id())));
    }

    @ParameterizedTest
    @MethodSource("maps")
    void idsAreUniqueAndReadable(JourneyMap map) {
        int points = map.curves().stream().mapToInt(c -> c.points().size()).sum();
        int count = map.personas().size() + map.phases().size() + map.lanes().size() + map.cards().size()
                + map.curves().size() + points;
        assertThat(Ids.allIn(map)).hasSize(count);
        assertThat(map.cards()).allSatisfy(c -> assertThat(c.id()).matches("card-[a-z0-9-]+"));
    }

    @ParameterizedTest
    @MethodSource("maps")
    void scoresAreInRangeAndKindFieldsFilled(JourneyMap map) {
        for (Card c : map.cards()) {
            if (c.emotion() != null) {
                assertThat(c.emotion()).as(c.id()).isBetween(-2, 2);
            }
            assertThat(c.touchpoint() != null).as(c.id()).isEqualTo(c.kind() == CardKind.TOUCHPOINT);
            assertThat(c.severity() != null).as(c.id()).isEqualTo(c.kind() == CardKind.PAIN_POINT);
            assertThat(c.impact() != null && c.effort() != null).as(c.id())
                    .isEqualTo(c.kind() == CardKind.OPPORTUNITY);
            Stream.of(c.severity(), c.impact(), c.effort()).filter(v -> v != null)
                    .forEach(v -> assertThat(v).as(c.id()).isBetween(1, 5));
        }
        assertThat(map.cards()).filteredOn(c -> c.emotion() != null).hasSizeGreaterThanOrEqualTo(5);
        for (CurvePoint p : curve(map).points()) {
            assertThat(p.score()).as(p.id()).isBetween(CurvePoint.MIN_SCORE, CurvePoint.MAX_SCORE);
            assertThat(p.position()).as(p.id()).isBetween(0.0, 1.0);
            assertThat(map.phase(p.phaseId())).as(p.id()).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("maps")
    void touchpointsAreClassified(JourneyMap map) {
        List<Touchpoint> tps = map.cards().stream().map(Card::touchpoint).filter(t -> t != null).toList();
        assertThat(tps).extracting(Touchpoint::reach).contains(Reach.DIRECT, Reach.INDIRECT);
        assertThat(tps).extracting(Touchpoint::channel).contains(Channel.ONLINE, Channel.OFFLINE);
        assertThat(tps).filteredOn(t -> t.type() == TouchpointType.RATING_PORTAL || t.type() == TouchpointType.WORD_OF_MOUTH)
                .isNotEmpty().allSatisfy(t -> assertThat(t.reach()).isEqualTo(Reach.INDIRECT));
    }

    @ParameterizedTest
    @MethodSource("maps")
    void curveBelongsToThePersonaAndCoversEveryPhase(JourneyMap map) {
        EmotionCurve curve = curve(map);
        assertThat(curve.personaId()).isEqualTo(map.personas().get(0).id());
        assertThat(curve.name()).isNotBlank();
        for (Phase phase : map.phases()) {
            assertThat(curve.points()).filteredOn(p -> p.phaseId().equals(phase.id())).as(phase.id())
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(curve.points()).filteredOn(p -> !p.label().isBlank()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void goodCaseRisesToDelightAndWorstCaseDivesAndEndsNegative() {
        for (String phase : List.of("phase-purchase", "phase-retention")) {
            assertThat(minIn(WORST_DE, phase)).as(phase).isEqualTo(-2).isLessThan(minIn(GOOD_DE, phase));
        }
        List<CurvePoint> good = curve(GOOD_DE).points();
        List<CurvePoint> worst = curve(WORST_DE).points();
        assertThat(good.get(good.size() - 1).score()).isEqualTo(2);
        assertThat(minIn(GOOD_DE, "phase-loyalty")).isEqualTo(2);
        assertThat(worst.get(worst.size() - 1).score()).isNegative();
        assertThat(worst.stream().filter(p -> p.phaseId().equals("phase-loyalty")).mapToInt(CurvePoint::score).max()
                .orElseThrow()).isNegative();
    }

    @Test
    void germanSamplesUseRealUmlauts() {
        for (JourneyMap map : List.of(GOOD_DE, WORST_DE)) {
            String text = map.cards().stream().map(Card::title).collect(Collectors.joining(" "));
            assertThat(text).containsPattern("[äöüÄÖÜß]");
        }
        assertThat(GOOD_DE.personas().get(0).name()).isEqualTo("Sabine Krüger");
    }

    @Test
    void englishSampleHasTheStructureOfTheGermanGoodOne() {
        assertThat(GOOD_EN.cards().stream().map(SamplesTest::structure).toList())
                .isEqualTo(GOOD_DE.cards().stream().map(SamplesTest::structure).toList());
        assertThat(curve(GOOD_EN).points().stream().map(SamplesTest::structure).toList())
                .isEqualTo(curve(GOOD_DE).points().stream().map(SamplesTest::structure).toList());
        assertThat(GOOD_EN.phases()).extracting(Phase::id).isEqualTo(GOOD_DE.phases().stream().map(Phase::id).toList());
        assertThat(GOOD_EN.phases()).extracting(p -> p.kpis().size())
                .isEqualTo(GOOD_DE.phases().stream().map(p -> p.kpis().size()).toList());
        assertThat(GOOD_EN.lanes()).extracting(Lane::id).isEqualTo(GOOD_DE.lanes().stream().map(Lane::id).toList());
        // the texts are translated, not copied
        for (int i = 0; i < GOOD_DE.cards().size(); i++) {
            assertThat(GOOD_EN.cards().get(i).title()).isNotEqualTo(GOOD_DE.cards().get(i).title());
        }
        assertThat(GOOD_EN.title()).isNotEqualTo(GOOD_DE.title());
    }

    private static List<Object> structure(Card c) {
        return List.of(c.id(), c.phaseId(), c.laneId(), c.order(), c.kind(), String.valueOf(c.touchpoint()),
                String.valueOf(c.severity()), String.valueOf(c.impact()), String.valueOf(c.effort()),
                String.valueOf(c.emotion()), c.notes().isEmpty());
    }

    private static List<Object> structure(CurvePoint p) {
        return List.of(p.id(), p.phaseId(), p.position(), p.score(), p.label().isEmpty());
    }

    private static int minIn(JourneyMap map, String phaseId) {
        return curve(map).points().stream().filter(p -> p.phaseId().equals(phaseId)).mapToInt(CurvePoint::score)
                .min().orElseThrow();
    }

    private static EmotionCurve curve(JourneyMap map) {
        assertThat(map.curves()).hasSize(1);
        return map.curves().get(0);
    }

    private static LaneKind laneKindFor(CardKind kind) {
        return switch (kind) {
            case TOUCHPOINT -> LaneKind.TOUCHPOINTS;
            case ACTION -> LaneKind.ACTIONS;
            case THOUGHT -> LaneKind.THOUGHTS;
            case PAIN_POINT -> LaneKind.PAIN_POINTS;
            case OPPORTUNITY -> LaneKind.OPPORTUNITIES;
            case KPI -> LaneKind.KPIS;
            case BACKSTAGE -> LaneKind.BACKSTAGE;
            case NOTE -> LaneKind.NOTES;
        };
    }

    private static List<String> names(JourneyMap map) {
        return map.phases().stream().map(Phase::name).toList();
    }

    private static JourneyMap sample(String fileName) {
        return Samples.all().stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow().map();
    }
}
