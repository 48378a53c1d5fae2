package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

/**
 * The migration mechanism, with a made-up history: pretend today's format is version 3, version 1 called a lane's
 * title "name", and version 2 wrote the map title in upper case under "heading".
 */
class MigrationTest {
    private final List<Integer> applied = new ArrayList<>();

    private final Migration renameLaneName = new Migration() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void migrate(ObjectNode root) {
            applied.add(1);
            for (JsonNode lane : root.withArray("lanes")) {
                ((ObjectNode) lane).set("title", ((ObjectNode) lane).remove("name"));
            }
        }
    };

    private final Migration headingToTitle = new Migration() {
        @Override
        public int from() {
            return 2;
        }

        @Override
        public void migrate(ObjectNode root) {
            applied.add(2);
            root.set("title", root.remove("heading"));
        }
    };

    private final MapReader reader = new MapReader(1 + 2, List.of(headingToTitle, renameLaneName));

    private static String asVersion(int version, String json) {
        return json.replace("\"formatVersion\": 1,", "\"formatVersion\": " + version + ",");
    }

    @Test
    void anOldFilePassesThroughEveryStepInOrder() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(12, 4);
        String v1 = asVersion(1, JourneyJson.write(map)).replace("\"title\": \"Generated", "\"heading\": \"Generated")
                .replaceAll("\"title\": (\"[^\"]*\",\n\\s+\"hidden\")", "\"name\": $1");
        assertThat(v1).doesNotContain("\"title\": \"touchpoints\"").contains("\"name\": \"touchpoints\"");
        JourneyMap read = reader.read(v1, "old.journey.json", new Messages(Locale.ENGLISH));
        assertThat(applied).containsExactly(1, 2);
        assertThat(read).isEqualTo(map);
    }

    @Test
    void aFileOfTheMiddleVersionSkipsTheFirstStep() throws Exception {
        JourneyMap map = GeneratedMaps.withCards(5, 4);
        String v2 = asVersion(2, JourneyJson.write(map)).replace("\"title\": \"Generated", "\"heading\": \"Generated");
        assertThat(reader.read(v2, "x", new Messages(Locale.ENGLISH))).isEqualTo(map);
        assertThat(applied).containsExactly(2);
    }

    @Test
    void problemsOfAMigratedFileStillNameThePath() {
        String v2 = asVersion(2, JourneyJson.write(GeneratedMaps.withCards(5, 4)))
                .replace("\"title\": \"Generated", "\"heading\": \"Generated")
                .replace("\"phase\": \"phase-", "\"phase\": \"gone-");
        assertThatThrownBy(() -> reader.read(v2, "m.journey.json", new Messages(Locale.ENGLISH)))
                .isInstanceOfSatisfying(JourneyFileException.class, e -> assertThat(e.problems().get(0).toString())
                        .startsWith("m.journey.json: $.cards[0].phase: unknown phase 'gone-"));
    }

    @Test
    void aNewerFileIsRefusedNamingBothVersions() {
        String v9 = asVersion(9, JourneyJson.write(GeneratedMaps.withCards(5, 4)));
        assertThatThrownBy(() -> reader.read(v9, "new.journey.json", new Messages(Locale.ENGLISH)))
                .hasMessage("new.journey.json:3:20: $.formatVersion: this file has format version 9, but this "
                        + "Journeyboard reads only up to version 3; please update Journeyboard to open it");
        assertThat(applied).isEmpty();
    }

    @Test
    void versionZeroIsUnknown() {
        String v0 = asVersion(0, JourneyJson.write(GeneratedMaps.withCards(1, 4)));
        assertThatThrownBy(() -> JourneyJson.read(v0, "z", Locale.ENGLISH)).hasMessageContaining("unknown format version 0");
    }

    @Test
    void aChainWithAStepOutsideTheVersionsIsRejected() {
        assertThatThrownBy(() -> new MapReader(2, List.of(headingToTitle))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapReader(3, List.of(renameLaneName, renameLaneName)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thisVersionHasACompleteChain() {
        assertThat(Migration.chain()).hasSize(JourneyJson.FORMAT_VERSION - 1);
    }
}
