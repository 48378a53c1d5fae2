package org.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Kpi;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.model.Channel;
import org.journeyboard.model.CardKind;
import org.junit.jupiter.api.Test;

/** The figures on a small map whose answers are worked out by hand in the comments. */
class InsightsTest {
    private static final Phase AWARE = new Phase("aware", "Aufmerksamkeit", null);
    private static final Phase BUY = new Phase("buy", "Kauf", null)
            .withKpis(List.of(new Kpi("Conversion-Rate", "3 %", "0,9 %"), new Kpi("Abbrüche", "unter 10 %", "8 %"),
                    new Kpi("Bewertung", "4,5 Sterne", "48 %"), new Kpi("Umsatz", "", "1.200 €")));
    private static final Phase AFTER = new Phase("after", "Nachkauf", null);
    private static final Lane TOUCH = new Lane("touch", LaneKind.TOUCHPOINTS, "Berührungspunkte");
    private static final Lane DOING = new Lane("doing", LaneKind.ACTIONS, "Handlungen");
    private static final Lane PAIN = new Lane("pain", LaneKind.PAIN_POINTS, "Schmerzpunkte");
    private static final Lane IDEAS = new Lane("ideas", LaneKind.OPPORTUNITIES, "Chancen");

    private static JourneyMap map() {
        List<Card> cards = List.of(
                Card.touchpoint("tv", "aware", "touch", 0, TouchpointType.TV_RADIO, "TV-Spot „Sicher zuhause“"),
                Card.touchpoint("friend", "aware", "touch", 1, TouchpointType.WORD_OF_MOUTH, "Nachbar erzählt vom Einbruch"),
                Card.touchpoint("shop", "buy", "touch", 0, TouchpointType.WEB_SHOP, "Web-Shop mit 40 Varianten"),
                Card.of("order", "buy", "doing", 0, CardKind.ACTION, "Bestellt das Set – endlich"),
                // same severity 4: the one with votes comes first; of the two without votes, the lower emotion
                Card.painPoint("postcode", "buy", "pain", 0, "PLZ-Formular meldet Fehler", 4),
                Card.painPoint("payment", "buy", "pain", 1, "Zahlungsart fehlt 😞", 4).withVotes(3),
                Card.painPoint("hotline", "after", "pain", 0, "Falsche Telefonnummer", 4).withEmotion(-2),
                Card.painPoint("faq", "after", "pain", 1, "FAQ zu allgemein", 2).withVotes(9),
                Card.opportunity("tunnel", "buy", "ideas", 0, "Checkout ohne Ablenkung", 5, 2),
                Card.opportunity("app", "after", "ideas", 0, "Eigene App", 2, 5),
                Card.opportunity("mail", "after", "ideas", 1, "Danke-Mail", 2, 1),
                Card.opportunity("relaunch", "buy", "ideas", 1, "Shop neu bauen", 4, 5),
                Card.of("vague", "after", "ideas", 2, CardKind.OPPORTUNITY, "Irgendwas mit KI"));
        EmotionCurve curve = new EmotionCurve("ist", "Ist", null, null, List.of(
                new CurvePoint("p1", "aware", 0.2, 1, "neugierig"),
                new CurvePoint("p2", "buy", 0.1, 1, "Gutschein!"),
                new CurvePoint("p3", "buy", 0.8, -2, "Zahlung fehlt"),
                new CurvePoint("p4", "after", 0.5, -1, "wartet")));
        return JourneyMap.empty("Alarmanlage", Language.DE, Instant.EPOCH)
                .withPhases(List.of(AWARE, BUY, AFTER)).withLanes(List.of(TOUCH, DOING, PAIN, IDEAS))
                .withCards(cards).withCurves(List.of(curve));
    }

    @Test
    void painPointsWorstFirst() {
        // severity 4: payment (3 votes) first; postcode and hotline have none: hotline's own emotion -2 is as low as
        // Kauf's lowest point (-2), so phase order decides: postcode (Kauf) before hotline (Nachkauf); faq is only 2
        assertThat(PainPoints.ranked(map())).extracting(p -> p.card().id())
                .containsExactly("payment", "postcode", "hotline", "faq");
        RankedPainPoint first = PainPoints.ranked(map()).get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.phase().name()).isEqualTo("Kauf");
        assertThat(first.lane().title()).isEqualTo("Schmerzpunkte");
        assertThat(first.emotion()).isEqualTo(-2.0);
    }

    @Test
    void aLowerEmotionComesFirstAmongEquals() {
        JourneyMap map = map().mapCard("hotline", c -> c.withPlace("aware", "pain", 5).withEmotion(-2));
        // hotline now in Aufmerksamkeit, whose curve is at +1, but its own emotion -2 ties with Kauf's -2: phase order
        assertThat(PainPoints.ranked(map)).extracting(p -> p.card().id())
                .containsExactly("payment", "hotline", "postcode", "faq");
        JourneyMap happier = map().mapCard("hotline", c -> c.withEmotion(2));
        assertThat(PainPoints.ranked(happier)).extracting(p -> p.card().id())
                .containsExactly("payment", "postcode", "hotline", "faq");
        JourneyMap sadder = map().mapCard("postcode", c -> c.withEmotion(1));
        assertThat(PainPoints.ranked(sadder)).extracting(p -> p.card().id())
                .containsExactly("payment", "hotline", "postcode", "faq");
    }

    @Test
    void emotionPerPhaseWithItsLowestPoint() {
        List<PhaseEmotion> emotions = Emotions.perPhase(map());
        assertThat(emotions).extracting(PhaseEmotion::phaseId).containsExactly("aware", "buy", "after");
        PhaseEmotion buy = emotions.get(1);
        assertThat(buy.mean()).isEqualTo(-0.5);
        assertThat(buy.min()).isEqualTo(-2);
        assertThat(buy.lowest().label()).isEqualTo("Zahlung fehlt");
    }

    @Test
    void theBiggestFallsFirst() {
        List<EmotionDrop> drops = Emotions.drops(map());
        // +1 -> +1 is no fall; within Kauf +1 -> -2 (3); from Kauf to Nachkauf -2 -> -1 is a rise
        assertThat(drops).singleElement().satisfies(d -> {
            assertThat(d.from().id()).isEqualTo("p2");
            assertThat(d.to().id()).isEqualTo("p3");
            assertThat(d.size()).isEqualTo(3);
            assertThat(d.withinPhase()).isTrue();
        });
        JourneyMap lower = map().mapCurve("ist", c -> c.withPoints(List.of(
                new CurvePoint("a", "after", 0.5, -2, ""), new CurvePoint("b", "aware", 0.9, 2, ""),
                new CurvePoint("c", "buy", 0.3, 1, ""))));
        // points are taken in journey order, not file order: +2 (aware) -> +1 (buy) -> -2 (after)
        assertThat(Emotions.drops(lower)).extracting(EmotionDrop::size, EmotionDrop::withinPhase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, false), org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void opportunitiesInTheirQuadrants() {
        assertThat(Opportunities.placed(map())).extracting(o -> o.card().id(), PlacedOpportunity::quadrant)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tunnel", Quadrant.QUICK_WIN),
                        org.assertj.core.groups.Tuple.tuple("relaunch", Quadrant.BIG_BET),
                        org.assertj.core.groups.Tuple.tuple("mail", Quadrant.FILL_IN),
                        org.assertj.core.groups.Tuple.tuple("app", Quadrant.MONEY_PIT),
                        org.assertj.core.groups.Tuple.tuple("vague", null));
        assertThat(Quadrant.of(3, 3)).isEqualTo(Quadrant.BIG_BET);
        assertThat(Quadrant.of(3, 2)).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(Quadrant.of(2, 3)).isEqualTo(Quadrant.MONEY_PIT);
    }

    @Test
    void channelMixAndGaps() {
        JourneyMap map = map().mapCard("friend", c -> c.withTouchpoint(
                new Touchpoint(TouchpointType.WORD_OF_MOUTH, "", Reach.INDIRECT, Channel.OFFLINE)));
        List<PhaseChannels> mix = Channels.perPhase(map);
        PhaseChannels aware = mix.get(0);
        assertThat(aware.touchpoints()).isEqualTo(2);
        assertThat(aware.direct()).isEqualTo(1);
        assertThat(aware.indirect()).isEqualTo(1);
        assertThat(aware.offline()).isEqualTo(2);
        assertThat(aware.online()).isZero();
        assertThat(aware.byType()).containsEntry(TouchpointType.TV_RADIO, 1).containsEntry(TouchpointType.WORD_OF_MOUTH, 1);
        assertThat(aware.hasNoAction()).isTrue();
        assertThat(mix.get(1).hasNoAction()).isFalse();
        assertThat(mix.get(1).online()).isEqualTo(1);
        assertThat(mix.get(2).hasNoTouchpoint()).isTrue();
        assertThat(mix.get(2).hasNoAction()).isFalse();
    }

    @Test
    void kpisTargetAgainstActual() {
        assertThat(Kpis.checked(map())).extracting(k -> k.kpi().name(), KpiCheck::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Conversion-Rate", KpiStatus.MISSED),
                org.assertj.core.groups.Tuple.tuple("Abbrüche", KpiStatus.MET),
                org.assertj.core.groups.Tuple.tuple("Bewertung", KpiStatus.NOT_COMPARABLE),
                org.assertj.core.groups.Tuple.tuple("Umsatz", KpiStatus.NOT_COMPARABLE));
        KpiCheck conversion = Kpis.checked(map()).get(0);
        assertThat(conversion.target()).isEqualTo(3.0);
        assertThat(conversion.actual()).isEqualTo(0.9);
    }
}
