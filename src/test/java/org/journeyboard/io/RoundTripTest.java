package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Channel;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.journeyboard.model.Picture;
import org.journeyboard.model.Reach;
import org.journeyboard.model.Touchpoint;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    static JourneyMap read(String json) throws JourneyFileException {
        return JourneyJson.read(json, "test.journey.json", Locale.ENGLISH);
    }

    @Test
    void generatedMapSurvivesAndSecondSaveIsByteForByteTheSame() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(300, 7);
        String first = JourneyJson.write(map);
        JourneyMap back = read(first);
        assertThat(back).isEqualTo(map);
        assertThat(JourneyJson.write(back)).isEqualTo(first);
    }

    @Test
    void fileLayoutIsDiffFriendly() {
        String json = JourneyJson.write(GeneratedMaps.withCards(5, 1));
        assertThat(json).startsWith("{\n  \"format\": \"journeyboard\",\n  \"formatVersion\": 1,\n  \"title\": ");
        assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(json).contains("\"strategies\": [\n        \"");
        assertThat(json).contains("\"width\": 260,");
        assertThat(JourneyJson.write(JourneyMap.empty("x", null, null))).contains("\"personas\": [],\n");
    }

    @Test
    void everyKindOfContentSurvives() throws Exception {
        byte[] png = TinyPictures.png(3, 2);
        Persona persona = new Persona("p1", "Jürgen \"JJ\" Ölß 😀", "role\nwith newline", List.of("g1", ""),
                List.of("n"), List.of(), new Picture("image/png", png), Extras.NONE);
        Phase phase = new Phase("ph1", "Kauf", Colour.parse("#aabbcc")).withWidth(123.5);
        Lane lane = new Lane("l1", LaneKind.TOUCHPOINTS, "Touchpoints", true, 99.25, Extras.NONE);
        Card tp = new Card("c1", "ph1", "l1", 3, CardKind.TOUCHPOINT, "Shop", "notes\ttab",
                new Touchpoint(TouchpointType.CUSTOM, "Kiosk", Reach.INDIRECT, Channel.OFFLINE), null, null, null, -2,
                Extras.of(Map.of("owner", "\"Team A\"", "touchpoint", "{\"cost\":12.50}")));
        Card pain = Card.painPoint("c2", "ph1", "l1", 0, "Wait", 5).withVotes(7);
        Card opp = Card.opportunity("c3", "ph1", "l1", 1, "Faster", 1, 5);
        EmotionCurve curve = new EmotionCurve("cv1", "Ist", Colour.parse("#102030"), "p1",
                List.of(new CurvePoint("pt1", "ph1", 0.125, 2, "top"), new CurvePoint("pt2", "ph1", 1, -2, "")));
        JourneyMap map = JourneyMap.empty("T", null, java.time.Instant.parse("2026-02-03T04:05:06.789Z"))
                .withPersonas(List.of(persona)).withPhases(List.of(phase)).withLanes(List.of(lane))
                .withCards(List.of(tp, pain, opp)).withCurves(List.of(curve))
                .withExtras(Extras.of(Map.of("zeta", "[1,{\"a\":null}]", "alpha", "1e400")));
        String json = JourneyJson.write(map);
        JourneyMap back = read(json);
        assertThat(back).isEqualTo(map);
        assertThat(JourneyJson.write(back)).isEqualTo(json);
        assertThat(json).contains("\"cost\": 12.50").contains("\"alpha\": 1e400");
        assertThat(json.indexOf("\"alpha\"")).isGreaterThan(json.indexOf("\"curves\""));
        assertThat(json).contains("\"votes\": 7").containsOnlyOnce("\"votes\"");
    }

    @Test
    void votesBeyondTheRangeAreReportedWithTheirPath() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(3, 1);
        String json = JourneyJson.write(map.withCards(List.of(map.cards().get(0).withVotes(-1))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(json)).hasMessageContaining("$.cards[0].votes")
                .hasMessageContaining("must be from 0 to 9999, but is -1").hasMessageMatching("(?s).*:\\d+:\\d+: .*");
    }

    @Test
    void unknownFieldsAtEveryLevelAreKept() throws Exception {
        String json = JourneyJson.write(GeneratedMaps.withCards(30, 3))
                .replace("\"title\": \"Generated", "\"future\": {\"x\": [1, 2]},\n  \"title\": \"Generated")
                .replace("\"kind\": \"touchpoints\"", "\"kind\": \"touchpoints\", \"colourHint\": \"blue\"")
                .replace("\"reach\": ", "\"sponsor\": true, \"reach\": ");
        JourneyMap map = read(json);
        assertThat(map.extras().rawJson()).containsEntry("future", "{\"x\":[1,2]}");
        assertThat(map.lanes().get(0).extras().rawJson()).containsEntry("colourHint", "\"blue\"");
        String again = JourneyJson.write(map);
        assertThat(again).contains("\"future\": {\n    \"x\": [\n      1,\n      2\n    ]\n  }\n}\n");
        assertThat(again).contains("\"colourHint\": \"blue\"").contains("\"sponsor\": true");
        assertThat(map.cards()).anySatisfy(c -> assertThat(c.extras().rawJson()).containsEntry("touchpoint", "{\"sponsor\":true}"));
        assertThat(read(again)).isEqualTo(map);
    }

    @Test
    void aHandWrittenFileInTheDocumentedLayoutIsSavedBackByteForByte() throws Exception {
        java.nio.file.Path file = BadFilesTest.folder().resolve("base-valid.journey.json");
        String text = java.nio.file.Files.readString(file);
        assertThat(JourneyJson.write(read(text))).isEqualTo(text);
    }
}
