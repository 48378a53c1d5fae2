package org.journeyboard.model.templates;

import java.util.Objects;
import org.journeyboard.model.JourneyMap;

/** A bundled example map and the file name it is written under, e.g. "sicherheitstechnik-gut.journey.json". */
public record Sample(String fileName, JourneyMap map) {
    public Sample {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(map, "map");
    }
}
