package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.ui.window.Dialogs.UnsavedChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files load in the background; a late result never replaces what the user did since. */
class OpeningOneAtATimeTest {
    private static final String TYPED = "Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀";

    @TempDir
    Path dir;
    private final SessionFixture f = new SessionFixture(Locale.ENGLISH);
    private final DocumentSession session = f.session;

    private Path file(String name, int sample) throws Exception {
        return SessionFixture.write(Samples.all().get(sample).map().withTitle(name), dir.resolve(name + ".journey.json"));
    }

    @Test
    void aLaterOpenCancelsAnEarlierOneThatHasNotShownYet() throws Exception {
        Path first = file("Erste Karte", 0);
        Path second = file("Zweite Karte", 1);
        session.open(first);
        session.open(second);
        assertThat(f.background.held()).hasSize(2);
        // the second file is read faster and shows; then the first one's result arrives late
        f.background.held().get(1).finish();
        assertThat(session.document().map().title()).isEqualTo("Zweite Karte");
        session.document().apply(MapEdits.setAuthor(TYPED));
        f.background.finishOldest();
        assertThat(session.document().map().title()).isEqualTo("Zweite Karte");
        assertThat(session.document().map().author()).isEqualTo(TYPED);
        assertThat(session.loadingProperty().get()).isFalse();
        assertThat(f.dialogs.asked).isEmpty();
    }

    @Test
    void theEarlierResultArrivingFirstIsDroppedAndLoadingLastsUntilTheNewerOne() throws Exception {
        session.open(file("Erste Karte", 0));
        session.open(file("Zweite Karte", 1));
        f.background.finishOldest();
        assertThat(session.document()).as("the first open was cancelled by the second").isNull();
        assertThat(session.loadingProperty().get()).isTrue();
        f.background.finishOldest();
        assertThat(session.document().map().title()).isEqualTo("Zweite Karte");
        assertThat(session.loadingProperty().get()).isFalse();
    }

    @Test
    void aNewMapWithEditsStartedWhileAFileLoadsIsNotReplaced() throws Exception {
        session.open(file("Langsame Karte", 0));
        session.newFromTemplate(TemplateKind.IHK7, Language.DE);
        session.document().apply(MapEdits.setTitle(TYPED));
        assertThat(session.loadingProperty().get()).isFalse();
        f.background.finishAll();
        assertThat(session.document().map().title()).isEqualTo(TYPED);
        assertThat(session.document().file()).isNull();
        assertThat(session.isUnsaved()).isTrue();
        assertThat(f.dialogs.asked).isEmpty();
    }

    @Test
    void editsMadeWhileAFileLoadsAreAskedAboutBeforeItReplacesThem() throws Exception {
        session.open(file("Offene Karte", 0));
        f.background.finishAll();
        session.open(file("Neue Karte", 1));
        // the open map was saved when Open was chosen, so nobody was asked; now the user types into it
        session.document().apply(MapEdits.setAuthor(TYPED));
        f.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        f.background.finishAll();
        assertThat(f.dialogs.asked).containsExactly("unsaved:Offene Karte.journey.json");
        assertThat(session.document().map().title()).isEqualTo("Offene Karte");
        assertThat(session.document().map().author()).isEqualTo(TYPED);
        assertThat(session.isUnsaved()).isTrue();
    }

    @Test
    void saveAtThatQuestionSavesTheEditsThenShowsTheFile() throws Exception {
        Path open = file("Offene Karte", 0);
        session.open(open);
        f.background.finishAll();
        session.open(file("Neue Karte", 1));
        session.document().apply(MapEdits.setAuthor(TYPED));
        f.dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        f.background.finishAll();
        assertThat(session.document().map().title()).isEqualTo("Neue Karte");
        assertThat(org.journeyboard.io.JourneyFiles.read(open).author()).isEqualTo(TYPED);
    }

    @Test
    void unsavedChangesTheUserAlreadyLetGoAreNotAskedAboutTwice() throws Exception {
        session.newFromTemplate(TemplateKind.FIVE, Language.EN);
        session.document().apply(MapEdits.setTitle(TYPED));
        f.dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        session.open(file("Neue Karte", 1));
        f.background.finishAll();
        assertThat(f.dialogs.asked).hasSize(1);
        assertThat(session.document().map().title()).isEqualTo("Neue Karte");
    }

    @Test
    void closingWhileAFileLoadsCancelsTheOpen() throws Exception {
        session.open(file("Offene Karte", 0));
        f.background.finishAll();
        session.open(file("Neue Karte", 1));
        session.close();
        f.background.finishAll();
        assertThat(session.document()).isNull();
        assertThat(session.loadingProperty().get()).isFalse();
    }

    @Test
    void anErrorWhileReadingEndsLoadingAndShowsAMessage() throws Exception {
        Path file = file("Tiefe Karte", 0);
        JourneyMap before = Samples.all().get(2).map();
        session.openSample(Samples.all().get(2));
        f.readFailure = new StackOverflowError();
        session.open(file);
        f.background.finishAll();
        assertThat(session.loadingProperty().get()).isFalse();
        assertThat(f.dialogs.errors).singleElement().asString()
                .startsWith("The file “Tiefe Karte.journey.json” could not be opened.")
                .contains("StackOverflowError");
        assertThat(session.document().map()).isEqualTo(before);
    }

    @Test
    void aLinkageErrorInTheRealBackgroundEndsLoadingToo() throws Exception {
        DocumentSession inPlace = new DocumentSession(new org.journeyboard.ui.Messages(Locale.GERMAN), f.dialogs,
                new MapFiles() {
                    @Override
                    public JourneyMap read(Path file) {
                        throw new NoClassDefFoundError("org/journeyboard/Gone");
                    }

                    @Override
                    public void write(JourneyMap map, Path file) {
                        throw new AssertionError("nothing is written");
                    }
                }, new RecentFiles(f.prefs.node("recent")), new WindowSettings(f.prefs), f.recovery,
                Background.IN_PLACE, java.time.Clock.systemUTC());
        inPlace.open(file("Kaputte Klasse", 0));
        assertThat(inPlace.loadingProperty().get()).isFalse();
        assertThat(f.dialogs.errors).singleElement().asString()
                .startsWith("Die Datei „Kaputte Klasse.journey.json“ konnte nicht geöffnet werden.")
                .contains("NoClassDefFoundError");
    }
}
