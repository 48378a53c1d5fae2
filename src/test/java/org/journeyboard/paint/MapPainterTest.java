package org.journeyboard.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class MapPainterTest {
    private final JourneyMap map = GeneratedMaps.withCards(300, 5);
    private final MapLayout layout = MapLayout.of(map);
    private final MapPainter painter = new MapPainter();

    @Test
    void drawsEveryCardTitlePhaseLaneAndPersona() {
        RecordingCanvas canvas = new RecordingCanvas();
        painter.paint(layout, canvas);
        List<String> drawn = canvas.textStrings();
        for (CardBox card : layout.cards()) {
            assertThat(drawn).containsAll(card.title().lines());
        }
        map.phases().forEach(p -> assertThat(drawn).contains(p.name()));
        map.lanes().forEach(l -> assertThat(drawn).contains(l.title()));
        assertThat(drawn).contains("Petra Muster", "Hausbesitzerin, 45", map.title(), "Ist-Zustand");
        assertThat(canvas.depth).as("every save is restored").isZero();
    }

    @Test
    void aDraggedCardIsDrawnExactlyAsTheMapDrawsIt() {
        CardBox card = layout.cards().get(3);
        RecordingCanvas map = new RecordingCanvas();
        painter.paint(layout, map, card.rect());
        RecordingCanvas ghost = new RecordingCanvas();
        painter.paintCard(card, ghost, 40, -12);
        assertThat(ghost.texts).isNotEmpty();
        // the same texts at the same places (the move is a translation), sizes and colours
        assertThat(map.texts).containsAll(ghost.texts);
        assertThat(ghost.depth).isZero();
    }

    @Test
    void theDarkPaletteDrawsLightInkOnDarkNotesAndTheCurveStandsOut() {
        MapPainter dark = new MapPainter(MapColours.DARK);
        RecordingCanvas canvas = new RecordingCanvas();
        dark.paint(layout, canvas);
        String title = layout.cards().get(0).title().lines().get(0);
        assertThat(canvas.texts).filteredOn(t -> t.text().equals(title)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.colour()).isEqualTo(MapColours.DARK.ink()));
        assertThat(Contrast.ratio(MapColours.DARK.ink(), MapColours.DARK.noteFill(layout.cards().get(0).kind())))
                .isGreaterThanOrEqualTo(Contrast.TEXT);
        assertThat(dark.colours()).isSameAs(MapColours.DARK);
    }

    @Test
    void cardTextIsAtLeastElevenPoints() {
        RecordingCanvas canvas = new RecordingCanvas();
        painter.paint(layout, canvas);
        String title = layout.cards().get(0).title().lines().get(0);
        // at least one drawing of the title: allSatisfy alone also passes when the title is not drawn at all
        assertThat(canvas.texts).filteredOn(t -> t.text().equals(title)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(11));
    }

    @Test
    void aSmallVisibleRectDrawsOnlyTheCardsInIt() {
        RecordingCanvas all = new RecordingCanvas();
        painter.paint(layout, all);
        CardBox first = layout.cards().get(0);
        Rect small = new Rect(first.rect().x(), first.rect().y(), first.rect().width(), first.rect().height());
        RecordingCanvas part = new RecordingCanvas();
        painter.paint(layout, part, small);
        assertThat(part.textStrings()).containsAll(first.title().lines());
        assertThat(part.fills).isLessThan(all.fills / 10);
        CardBox far = layout.cards().get(layout.cards().size() - 1);
        assertThat(far.rect().intersects(small)).isFalse();
        assertThat(layout.cardsIn(small)).doesNotContain(far);
    }

    @Test
    void textTooSmallToReadAtTheDeviceScaleIsDrawnAsBars() {
        RecordingCanvas overview = new RecordingCanvas();
        painter.atDeviceScale(0.2).paint(layout, overview);
        RecordingCanvas full = new RecordingCanvas();
        painter.paint(layout, full);
        assertThat(overview.textStrings()).doesNotContain(layout.cards().get(0).title().lines().get(0));
        // 12 pt card text becomes 2.4 px and is greeked; the 22 pt title (4.4 px) is still written
        assertThat(overview.textStrings()).contains(map.title());
        assertThat(overview.fills).as("block, inner block and a bar per card").isGreaterThan(3 * layout.cards().size());
        assertThat(full.textStrings()).contains(layout.cards().get(0).title().lines().get(0));
    }

    @Test
    void farOutNotesAreDrawnWithoutIconsOrFaces() {
        RecordingCanvas overview = new RecordingCanvas();
        new MapPainter().atDeviceScale(0.1).paint(layout, overview, layout.cards().get(0).rect());
        RecordingCanvas near = new RecordingCanvas();
        new MapPainter().paint(layout, near, layout.cards().get(0).rect());
        assertThat(overview.strokes).isLessThan(near.strokes);
    }

    @Test
    void nothingIsDrawnOutsideTheMap() {
        RecordingCanvas canvas = new RecordingCanvas();
        painter.paint(layout, canvas, new Rect(layout.width() + 100, layout.height() + 100, 500, 500));
        assertThat(canvas.texts).isEmpty();
        assertThat(canvas.fills).isZero();
    }

    @Test
    void everyTouchpointTypeHasAnIconThatDrawsSomething() {
        for (TouchpointType type : TouchpointType.values()) {
            RecordingCanvas canvas = new RecordingCanvas();
            TouchpointIcons.draw(canvas, type, new Rect(0, 0, 16, 16), MapColours.LIGHT.ink());
            assertThat(canvas.fills + canvas.strokes).as(type.name()).isGreaterThan(0);
            assertThat(canvas.depth).isZero();
        }
    }

    @Test
    void headerTextIsLegibleOnItsColour() {
        MapColours colours = MapColours.LIGHT;
        assertThat(colours.textOn(org.journeyboard.model.Colour.parse("#1F4E79")))
                .isEqualTo(org.journeyboard.model.Colour.parse("#FFFFFF"));
        assertThat(colours.textOn(org.journeyboard.model.Colour.parse("#FFF1C2"))).isEqualTo(colours.ink());
    }

    @Test
    void aPersonasPictureIsDrawnClippedToItsSquare() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 100, 0, 0, 0, 50};
        org.journeyboard.model.Picture picture = new org.journeyboard.model.Picture("image/png", png);
        java.util.List<org.journeyboard.model.Persona> personas = new java.util.ArrayList<>(map.personas());
        personas.set(0, personas.get(0).withPicture(picture));
        MapLayout withPicture = MapLayout.of(map.withPersonas(personas));
        RecordingCanvas canvas = new RecordingCanvas();
        painter.paint(withPicture, canvas);
        assertThat(canvas.images).hasSize(1);
        RecordingCanvas.DrawnImage drawn = canvas.images.get(0);
        Rect box = withPicture.personas().get(0).pictureBox();
        assertThat(drawn.picture()).isEqualTo(picture);
        assertThat(drawn.height()).isEqualTo(box.height());
        assertThat(drawn.width()).as("twice as wide as high, cropped by the clip").isEqualTo(2 * box.height());
        RecordingCanvas plain = new RecordingCanvas();
        painter.paint(layout, plain);
        assertThat(plain.images).isEmpty();
    }

    @Test
    void votesAreDotsOnTheCardAndManyVotesOneDotWithTheNumber() {
        JourneyMap voted = map.mapCard(map.cards().get(0).id(), c -> c.withVotes(3))
                .mapCard(map.cards().get(1).id(), c -> c.withVotes(12));
        MapLayout l = MapLayout.of(voted);
        for (MapColours colours : List.of(MapColours.LIGHT, MapColours.DARK)) {
            CardBox three = l.card(voted.cards().get(0).id()).orElseThrow();
            RecordingCanvas canvas = new RecordingCanvas();
            new MapPainter(colours).paintCard(three, canvas, 0, 0);
            assertThat(canvas.pathFills).filteredOn(c -> c.equals(colours.voteDot())).hasSize(3);

            CardBox twelve = l.card(voted.cards().get(1).id()).orElseThrow();
            RecordingCanvas many = new RecordingCanvas();
            new MapPainter(colours).paintCard(twelve, many, 0, 0);
            assertThat(many.pathFills).filteredOn(c -> c.equals(colours.voteDot())).hasSize(1);
            assertThat(many.texts).filteredOn(t -> t.text().equals("12")).singleElement()
                    .satisfies(t -> assertThat(t.colour()).isEqualTo(colours.ink()));
        }
        RecordingCanvas none = new RecordingCanvas();
        painter.paintCard(layout.cards().get(0), none, 0, 0);
        assertThat(none.pathFills).doesNotContain(MapColours.LIGHT.voteDot());
    }
}
