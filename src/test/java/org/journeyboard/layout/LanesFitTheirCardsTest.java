package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lane is as tall as its fullest cell needs unless the user gave it a height; new maps and samples fit. */
class LanesFitTheirCardsTest {
    private static final LayoutStyle S = LayoutStyle.standard();
    private static final double ONE_CARD = S.cardMinHeight() + 2 * S.cellPadding();

    @Test
    void everyTemplateAndSampleFitsItsLanes() {
        for (TemplateKind kind : TemplateKind.values()) {
            for (Language language : Language.values()) {
                JourneyMap map = Templates.create(kind, language, Instant.EPOCH);
                assertThat(map.lanes()).as("%s %s", kind, language).allMatch(Lane::fitToContent);
            }
        }
        for (Sample sample : Samples.all()) {
            assertThat(sample.map().lanes()).as(sample.fileName()).allMatch(Lane::fitToContent);
            MapLayout layout = MapLayout.of(sample.map());
            for (LaneBox lane : layout.lanes()) {
                if (lane.kind() == LaneKind.EMOTIONS) {
                    continue;
                }
                // no lane is taller than its fullest cell (or its title) needs
                double needed = Math.max(ONE_CARD, lane.title().height() + 20);
                for (CardBox card : layout.cardsIn(lane.row())) {
                    if (card.laneId().equals(lane.laneId())) {
                        needed = Math.max(needed, card.rect().bottom() + S.cellPadding() - lane.row().y());
                    }
                }
                assertThat(lane.row().height()).as("%s %s", sample.fileName(), lane.laneId())
                        .isEqualTo(Math.ceil(needed));
            }
        }
    }

    @Test
    void anEmptyLaneIsShortAndTheFullestCellDecides() {
        JourneyMap map = ihk7();
        MapLayout empty = MapLayout.of(map);
        String phase = map.phases().get(2).id();
        String touch = Templates.laneId(LaneKind.TOUCHPOINTS);
        assertThat(empty.lane(touch).orElseThrow().row().height())
                .isEqualTo(Math.ceil(Math.max(ONE_CARD, empty.lane(touch).orElseThrow().title().height() + 20)))
                .isLessThan(Lane.DEFAULT_HEIGHT);

        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cards.add(Card.of("c" + i, phase, touch, i, CardKind.TOUCHPOINT,
                    "Nachbar erzählt vom Einbruch – „sofort“ Nummer " + i));
        }
        JourneyMap full = map.withCards(cards);
        MapLayout layout = MapLayout.of(full);
        LaneBox row = layout.lane(touch).orElseThrow();
        double lastBottom = layout.card("c4").orElseThrow().rect().bottom();
        assertThat(row.row().height()).isEqualTo(Math.ceil(lastBottom + S.cellPadding() - row.row().y()))
                .isGreaterThan(Lane.DEFAULT_HEIGHT);
        // one card less, a lower lane
        MapLayout fewer = MapLayout.of(full.withCards(cards.subList(0, 4)));
        assertThat(fewer.lane(touch).orElseThrow().row().height()).isLessThan(row.row().height());
    }

    @Test
    void aResizedLaneKeepsItsHeightUntilItIsFittedAgain() {
        JourneyMap map = ihk7();
        String pain = Templates.laneId(LaneKind.PAIN_POINTS);
        JourneyMap resized = LaneEdits.resizeLane(pain, 300).apply(map);
        assertThat(resized.lane(pain).orElseThrow().fitToContent()).isFalse();
        assertThat(MapLayout.of(resized).lane(pain).orElseThrow().row().height()).isEqualTo(300);

        JourneyMap fitted = LaneEdits.fitLaneToContent(pain).apply(resized);
        assertThat(MapLayout.of(fitted).lane(pain).orElseThrow().row().height())
                .isEqualTo(MapLayout.of(map).lane(pain).orElseThrow().row().height()).isLessThan(300);

        JourneyMap all = LaneEdits.fitAllLanesToContent().apply(map.withLanes(
                map.lanes().stream().map(l -> l.withHeight(250)).toList()));
        assertThat(all.lanes()).allMatch(Lane::fitToContent);
        assertThat(MapLayout.of(all).height()).isEqualTo(MapLayout.of(map).height());
    }

    @Test
    void theFileSaysSoOnlyForFittedLanesAndOlderFilesKeepTheirHeights(@TempDir Path dir) throws Exception {
        JourneyMap map = ihk7();
        String pain = Templates.laneId(LaneKind.PAIN_POINTS);
        JourneyMap mixed = LaneEdits.resizeLane(pain, 222).apply(map);
        Path file = dir.resolve("Workshop März.journey.json");
        JourneyFiles.write(mixed, file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json.split("\"fitToContent\": true", -1)).hasSize(map.lanes().size()); // all lanes but one
        JourneyMap back = JourneyFiles.read(file);
        assertThat(back.lanes()).isEqualTo(mixed.lanes());

        // a file written before lanes could fit: the field is absent, every lane keeps the height it has
        Path old = dir.resolve("old.journey.json");
        Files.writeString(old, json.replace(",\n      \"fitToContent\": true", ""), StandardCharsets.UTF_8);
        JourneyMap older = JourneyFiles.read(old);
        assertThat(older.lanes()).noneMatch(Lane::fitToContent);
        assertThat(older.lanes()).allSatisfy(l -> assertThat(l.extras().rawJson()).isEmpty());
        assertThat(MapLayout.of(older).lane(pain).orElseThrow().row().height()).isEqualTo(222);
    }

    private static JourneyMap ihk7() {
        return Templates.create(TemplateKind.IHK7, Language.DE, Instant.EPOCH);
    }
}
