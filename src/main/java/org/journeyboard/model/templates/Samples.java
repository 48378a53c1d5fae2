package org.journeyboard.model.templates;

import java.time.Instant;
import java.util.List;
import org.journeyboard.model.Language;

/** The bundled example maps: the security-system journey, good and worst case, as trainers show it to a class. */
public final class Samples {
    /** Created and modified time of every sample, fixed so that the written files are byte-stable. */
    public static final Instant TIME = Instant.parse("2026-03-02T09:00:00Z");

    /** Author of every sample. */
    public static final String AUTHOR = "Journeyboard";

    private Samples() {
    }

    /** German good case, German worst case, English good case, in that order. */
    public static List<Sample> all() {
        return List.of(
                new Sample("sicherheitstechnik-gut.journey.json", GoodJourney.build(Language.DE)),
                new Sample("sicherheitstechnik-worst-case.journey.json", WorstCaseJourney.build()),
                new Sample("security-system-good.journey.json", GoodJourney.build(Language.EN)));
    }
}
