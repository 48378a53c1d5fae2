package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void generatedMapsConformToTheShippedSchema() {
        for (int cards : new int[] {0, 1, 200}) {
            assertThat(SchemaCheck.problems(JourneyJson.write(GeneratedMaps.withCards(cards, cards))))
                    .as("map with %d cards", cards).isEmpty();
        }
    }

    @Test
    void theSchemaCatchesWhatItDescribes() throws Exception {
        String bad = Files.readString(BadFilesTest.folder().resolve("emotion-out-of-range.journey.json"));
        assertThat(SchemaCheck.problems(bad)).anySatisfy(p -> assertThat(p).contains("$.cards[2].emotion"));
        String newer = Files.readString(BadFilesTest.folder().resolve("newer-version.journey.json"));
        assertThat(SchemaCheck.problems(newer)).anySatisfy(p -> assertThat(p).contains("formatVersion"));
        assertThat(SchemaCheck.problems(Files.readString(BadFilesTest.folder().resolve("base-valid.journey.json"))))
                .isEmpty();
    }

    @Test
    void theSchemaIsInTheJarNextToTheCode() {
        assertThat(JourneyJson.class.getResource("journey-map.schema.json")).isNotNull();
    }
}
