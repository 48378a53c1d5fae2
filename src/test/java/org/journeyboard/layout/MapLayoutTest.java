package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class MapLayoutTest {
    private final JourneyMap map = GeneratedMaps.withCards(400, 7);
    private final MapLayout layout = MapLayout.of(map, LayoutStyle.STANDARD);

    @Test
    void everyCardOfAVisibleLaneIsLaidOutOnce() {
        assertThat(layout.cards()).hasSize(map.cards().size());
        assertThat(layout.cards().stream().map(CardBox::cardId).distinct().count()).isEqualTo(map.cards().size());
    }

    @Test
    void noTwoCardsOverlap() {
        for (CardBox card : layout.cards()) {
            List<CardBox> touching = layout.cardsIn(card.rect());
            assertThat(touching).as("cards overlapping %s", card.cardId()).containsExactly(card);
        }
    }

    @Test
    void everyCardLiesInsideItsCell() {
        for (CardBox card : layout.cards()) {
            Rect cell = layout.cell(card.phaseId(), card.laneId()).orElseThrow();
            assertThat(cell.encloses(card.rect())).as("%s in %s", card.rect(), cell).isTrue();
        }
    }

    @Test
    void cardTitlesFitTheirCardsAndTypeIsReadable() {
        FontMetrics font = FontMetrics.regular();
        for (CardBox card : layout.cards()) {
            TextBlock title = card.title();
            assertThat(title.size()).isGreaterThanOrEqualTo(11);
            assertThat(title.top() + title.height()).isLessThanOrEqualTo(card.rect().bottom());
            for (String line : title.lines()) {
                assertThat(title.x() + font.width(line, title.size())).isLessThanOrEqualTo(card.rect().right());
            }
        }
    }

    @Test
    void cardsKeepTheirOrderDownTheStack() {
        String phase = map.phases().get(2).id();
        String lane = map.lanes().get(0).id();
        List<Card> inCell = map.cardsIn(phase, lane);
        assertThat(inCell.size()).isGreaterThan(2);
        for (int i = 1; i < inCell.size(); i++) {
            Rect before = layout.card(inCell.get(i - 1).id()).orElseThrow().rect();
            Rect after = layout.card(inCell.get(i).id()).orElseThrow().rect();
            assertThat(after.y() > before.y() || after.y() == before.y() && after.x() > before.x()).isTrue();
        }
    }

    @Test
    void wideCellsStackCardsInSeveralColumns() {
        JourneyMap wide = map.mapPhase(map.phases().get(0).id(), p -> p.withWidth(640));
        MapLayout l = MapLayout.of(wide);
        Set<Double> xs = new HashSet<>();
        l.cards().stream().filter(c -> c.phaseId().equals(wide.phases().get(0).id()))
                .forEach(c -> xs.add(c.rect().x()));
        assertThat(xs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(l.cards()).allSatisfy(c -> assertThat(l.cardsIn(c.rect())).containsExactly(c));
    }

    @Test
    void aFullCellMakesItsWholeLaneTaller() {
        JourneyMap few = GeneratedMaps.withCards(20, 7);
        JourneyMap many = GeneratedMaps.withCards(2000, 7);
        double fewHeight = MapLayout.of(few).lanes().get(0).row().height();
        double manyHeight = MapLayout.of(many).lanes().get(0).row().height();
        assertThat(manyHeight).isGreaterThan(3 * fewHeight);
    }

    @Test
    void hiddenLaneIsAbsentWithItsCards() {
        Lane hidden = map.lanes().get(1);
        MapLayout l = MapLayout.of(map.mapLane(hidden.id(), x -> x.withHidden(true)));
        assertThat(l.lanes()).extracting(LaneBox::laneId).doesNotContain(hidden.id());
        assertThat(l.lanes()).hasSize(map.lanes().size() - 1);
        assertThat(l.cards()).noneMatch(c -> c.laneId().equals(hidden.id()));
        assertThat(l.cell(map.phases().get(0).id(), hidden.id())).isEmpty();
    }

    @Test
    void hitTestFindsTheCardAtItsCentreAndTheCellBesideIt() {
        CardBox card = layout.cards().get(17);
        Rect r = card.rect();
        assertThat(layout.hitTest(r.centerX(), r.centerY())).isEqualTo(new Hit.CardHit(card.cardId()));
        Rect cell = layout.cell(card.phaseId(), card.laneId()).orElseThrow();
        // the cell padding left of every card is empty space of the cell
        assertThat(layout.hitTest(cell.x() + 6, r.centerY())).isEqualTo(new Hit.CellHit(card.phaseId(), card.laneId()));
    }

    @Test
    void hitTestFindsHeadersBordersAndCurvePoints() {
        PhaseBox phase = layout.phases().get(3);
        LaneBox lane = layout.lanes().get(2);
        assertThat(layout.hitTest(phase.header().centerX(), phase.header().centerY()))
                .isEqualTo(new Hit.PhaseHeaderHit(phase.phaseId()));
        assertThat(layout.hitTest(lane.header().centerX(), lane.header().centerY()))
                .isEqualTo(new Hit.LaneHeaderHit(lane.laneId()));
        assertThat(layout.hitTest(phase.column().right() - 1, lane.row().y() + 3))
                .isEqualTo(new Hit.PhaseBorderHit(phase.phaseId()));
        assertThat(layout.hitTest(lane.header().centerX(), lane.row().bottom() + 1))
                .isEqualTo(new Hit.LaneBorderHit(lane.laneId()));
        CurvePointBox point = layout.emotionLanes().get(0).curves().get(0).points().get(4);
        assertThat(layout.hitTest(point.x() + 2, point.y() - 2))
                .isEqualTo(new Hit.CurvePointHit(point.curveId(), point.pointId()));
        assertThat(layout.hitTest(1, 1)).isEqualTo(Hit.NOTHING);
        PersonaBox persona = layout.personas().get(0);
        assertThat(layout.hitTest(persona.rect().centerX(), persona.rect().centerY()))
                .isEqualTo(new Hit.PersonaHit(persona.personaId()));
    }

    @Test
    void cardsInAgreesWithLookingAtEveryCard() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            Rect area = new Rect(random.nextDouble() * layout.width(), random.nextDouble() * layout.height(),
                    random.nextDouble() * 900, random.nextDouble() * 700);
            List<CardBox> expected = new ArrayList<>();
            for (CardBox c : layout.cards()) {
                if (c.rect().intersects(area)) {
                    expected.add(c);
                }
            }
            assertThat(layout.cardsIn(area)).isEqualTo(expected);
        }
    }

    @Test
    void tenThousandCardsLayOutAndEveryCardIsFoundByHitTestAndArea() {
        // how fast is for the benchmarks (layout and painting figures); a unit test on a busy machine says only what
        MapLayout big = MapLayout.of(GeneratedMaps.withCards(10_000, 11));
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            CardBox c = big.cards().get(i);
            found += big.hitTest(c.rect().centerX(), c.rect().centerY()) instanceof Hit.CardHit ? 1 : 0;
            found += big.cardsIn(new Rect(c.rect().x(), c.rect().y(), 1600, 1000)).isEmpty() ? 0 : 1;
        }
        assertThat(found).isEqualTo(20_000);
    }

    @Test
    void cardsShowTheirTouchpointTypeAndBadge() {
        JourneyMap small = JourneyMap.empty("Badges", Language.EN, null)
                .withPhases(List.of(new Phase("p", "Purchase", new Colour(200, 220, 240))))
                .withLanes(List.of(new Lane("l", LaneKind.NOTES, "Notes")))
                .withCards(List.of(
                        Card.touchpoint("c1", "p", "l", 0, TouchpointType.HOTLINE, "Call"),
                        Card.painPoint("c2", "p", "l", 1, "Payment missing", 4),
                        Card.opportunity("c3", "p", "l", 2, "Add PayPal", 4, 2),
                        Card.of("c4", "p", "l", 3, CardKind.ACTION, "Pays").withEmotion(-1)));
        MapLayout l = MapLayout.of(small);
        CardBox call = l.card("c1").orElseThrow();
        assertThat(call.touchpointType()).isEqualTo(TouchpointType.HOTLINE);
        assertThat(call.icon()).isNotNull();
        assertThat(call.rect().encloses(call.icon())).isTrue();
        assertThat(l.card("c2").orElseThrow().badge()).isEqualTo("S4");
        assertThat(l.card("c3").orElseThrow().badge()).isEqualTo("I4·E2");
        CardBox pays = l.card("c4").orElseThrow();
        assertThat(pays.badge()).isEqualTo("−1");
        assertThat(pays.emotion()).isEqualTo(-1);
        assertThat(pays.face()).isNotNull();
        assertThat(pays.badgeRect().right()).isLessThanOrEqualTo(pays.face().x());
        assertThat(pays.rect().encloses(pays.badgeRect())).isTrue();
    }

    @Test
    void votesSitInTheHeaderRowBesideTheIconAndBadgeAndNeverOverlapThem() {
        JourneyMap small = map.withCards(List.of(
                Card.touchpoint("c1", map.phases().get(0).id(), map.lanes().get(0).id(), 0, TouchpointType.HOTLINE,
                        "Die Hotline nimmt nicht ab").withVotes(4),
                Card.painPoint("c2", map.phases().get(0).id(), map.lanes().get(0).id(), 1,
                        "Die bevorzugte Zahlungsart fehlt", 5).withVotes(27),
                Card.of("c3", map.phases().get(0).id(), map.lanes().get(0).id(), 2, CardKind.NOTE, "Ohne Punkte")));
        MapLayout l = MapLayout.of(small);
        CardBox four = l.card("c1").orElseThrow();
        assertThat(four.votes()).isEqualTo(4);
        assertThat(four.dotsDrawn()).isEqualTo(4);
        assertThat(four.votesText().lines()).isEmpty();
        assertThat(four.votesRect().x()).isGreaterThanOrEqualTo(four.icon().right());
        assertThat(four.rect().encloses(four.votesRect())).isTrue();
        CardBox many = l.card("c2").orElseThrow();
        assertThat(many.dotsDrawn()).isEqualTo(1);
        assertThat(many.votesText().lines()).containsExactly("27");
        assertThat(many.votesRect().right()).isLessThanOrEqualTo(many.badgeRect().x());
        assertThat(many.title().top()).as("the dots take the header row, not the title's room")
                .isGreaterThanOrEqualTo(many.votesRect().bottom());
        CardBox none = l.card("c3").orElseThrow();
        assertThat(none.votesRect()).isNull();
        assertThat(none.votes()).isZero();
    }

    @Test
    void titleAndPersonasSitAboveTheGrid() {
        assertThat(layout.title().text()).isEqualTo(map.title());
        PersonaBox persona = layout.personas().get(0);
        assertThat(persona.name().text()).isEqualTo("Petra Muster");
        assertThat(persona.rect().bottom()).isLessThan(layout.grid().y());
        assertThat(layout.title().top() + layout.title().height()).isLessThanOrEqualTo(persona.rect().y());
        assertThat(layout.bounds().encloses(layout.grid())).isTrue();
    }

    @Test
    void cardsInAnEmotionLaneSitBelowTheCurveBand() {
        String emotionLane = "lane-emotions";
        JourneyMap withCard = map.withCards(List.of(
                Card.of("e1", map.phases().get(0).id(), emotionLane, 0, CardKind.NOTE, "Relief")));
        MapLayout l = MapLayout.of(withCard);
        EmotionLaneBox lane = l.emotionLanes().get(0);
        CardBox card = l.card("e1").orElseThrow();
        assertThat(card.rect().y()).isGreaterThanOrEqualTo(lane.band().bottom());
        assertThat(l.cell(card.phaseId(), emotionLane).orElseThrow().encloses(card.rect())).isTrue();
    }

    @Test
    void anEmptyMapHasASizeAndNoCrash() {
        MapLayout l = MapLayout.of(JourneyMap.empty("", Language.DE, null));
        assertThat(l.cards()).isEmpty();
        assertThat(l.width()).isPositive();
        assertThat(l.hitTest(10, 10)).isEqualTo(Hit.NOTHING);
    }
}
