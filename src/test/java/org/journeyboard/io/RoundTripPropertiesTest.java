package org.journeyboard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeyboard.model.JourneyMap;

class RoundTripPropertiesTest {
    @Provide
    Arbitrary<JourneyMap> maps() {
        return RandomMaps.maps();
    }

    @Property(tries = 300)
    void randomMapsSurviveWriteAndReadUnchanged(@ForAll("maps") JourneyMap map) throws Exception {
        assertThat(MapValidator.validate(map, Locale.ENGLISH)).isEmpty();
        String json = JourneyJson.write(map);
        JourneyMap back = JourneyJson.read(json, "random.journey.json", Locale.ENGLISH);
        assertThat(back).isEqualTo(map);
        assertThat(JourneyJson.write(back)).isEqualTo(json);
    }

    @Property(tries = 100)
    void randomMapsAreValidAgainstTheSchema(@ForAll("maps") JourneyMap map) {
        assertThat(SchemaCheck.problems(JourneyJson.write(map))).isEmpty();
    }
}
