package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second map of File › Compare with…: the second map is read in the background and handed over only while
 * the map it is compared with is still the open one.
 */
class CompareWithSessionTest {
    @TempDir
    Path dir;
    private final SessionFixture f = new SessionFixture(Locale.GERMAN);
    private final List<JourneyMap> shown = new ArrayList<>();
    private final MapToCompare compare = new MapToCompare(f.dialogs, MapFiles.onDisk(Locale.GERMAN), f.background,
            new WindowSettings(f.prefs), new Messages(Locale.GERMAN), () -> f.session.document());

    private Path other() throws Exception {
        return SessionFixture.write(Samples.all().get(1).map(), dir.resolve("zweite „Karte“.journey.json"));
    }

    @Test
    void theSecondMapIsHandedOverWhenItIsRead() throws Exception {
        f.session.openSample(Samples.all().get(0));
        f.dialogs.openAnswers.add(Optional.of(other()));
        compare.choose((file, map) -> shown.add(map));
        assertThat(shown).isEmpty();
        f.background.finishAll();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).title()).isEqualTo(Samples.all().get(1).map().title());
    }

    @Test
    void aComparisonReadAfterTheMapWasClosedIsDropped() throws Exception {
        f.session.openSample(Samples.all().get(0));
        f.dialogs.openAnswers.add(Optional.of(other()));
        compare.choose((file, map) -> shown.add(map));
        f.session.close();
        f.background.finishAll();
        assertThat(shown).isEmpty();
        assertThat(f.dialogs.errors).isEmpty();
    }

    @Test
    void withoutAMapNothingIsAsked() {
        compare.choose((file, map) -> shown.add(map));
        assertThat(f.dialogs.asked).isEmpty();
    }
}
