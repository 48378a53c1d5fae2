package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.window.Dialogs.UnsavedChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving runs in the background: the user may go on editing, and nothing waits for the disk on the UI thread. */
class SavingInTheBackgroundTest {
    private static final String TYPED = "Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀";

    @TempDir
    Path dir;
    private final SessionFixture f = new SessionFixture(Locale.GERMAN);
    private final DocumentSession session = f.session;
    private Path file;
    private int exits;

    @BeforeEach
    void openAMap() throws Exception {
        file = SessionFixture.write(Samples.all().get(0).map().withTitle("Wohnungssuche"),
                dir.resolve("wohnung.journey.json"));
        session.open(file);
        f.background.finishAll();
    }

    @Test
    void editsMadeDuringTheSaveStayUnsavedAndAreSavedNextTime() throws Exception {
        session.document().apply(MapEdits.setTitle("Gespeicherter Stand"));
        assertThat(session.save()).isTrue();
        assertThat(session.isSaving()).isTrue();
        assertThat(f.writtenMaps.size()).as("maps written on the UI thread").isZero();
        // the user goes on typing while the disk works
        session.document().apply(MapEdits.setAuthor(TYPED));
        f.background.finishAll();
        assertThat(session.isSaving()).isFalse();
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Gespeicherter Stand");
        assertThat(JourneyFiles.read(file).author()).isNotEqualTo(TYPED);
        assertThat(session.isUnsaved()).as("the author typed during the save is not in the file").isTrue();
        assertThat(session.titleProperty().get()).startsWith("*");
        assertThat(f.recovery.snapshots).containsValue(session.document().map());
        // undo back to the state on disk: clean again, as History knows which state was saved
        session.document().undo();
        assertThat(session.isUnsaved()).isFalse();
        session.document().redo();
        assertThat(session.isUnsaved()).isTrue();
        session.save();
        f.background.finishAll();
        assertThat(JourneyFiles.read(file).author()).isEqualTo(TYPED);
        assertThat(session.isUnsaved()).isFalse();
        assertThat(f.recovery.snapshots).isEmpty();
    }

    @Test
    void aSaveAskedForDuringASaveFollowsIt() throws Exception {
        session.document().apply(MapEdits.setTitle("Erster Stand"));
        session.save();
        session.document().apply(MapEdits.setTitle("Zweiter Stand"));
        session.save();
        assertThat(f.background.held()).as("one save at a time").hasSize(1);
        f.background.finishAll();
        assertThat(f.writtenMaps).extracting(m -> m.title()).containsExactly("Erster Stand", "Zweiter Stand");
        assertThat(session.isUnsaved()).isFalse();
    }

    @Test
    void quitDuringASaveWaitsForItThenQuits() throws Exception {
        session.document().apply(MapEdits.setTitle("Vor dem Beenden"));
        session.save();
        assertThat(session.quit(() -> exits++)).isTrue();
        assertThat(session.quittingProperty().get()).as("the window shows that it waits").isTrue();
        assertThat(exits).isZero();
        assertThat(f.recovery.shutDown).isFalse();
        f.background.finishOldest(); // the save
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Vor dem Beenden");
        assertThat(exits).as("the autosaver settles in the background first").isZero();
        f.background.finishAll();
        assertThat(f.recovery.shutDown).isTrue();
        assertThat(exits).isEqualTo(1);
        assertThat(f.dialogs.asked).isEmpty();
    }

    @Test
    void quitDuringASaveAsksAboutEditsMadeMeanwhile() throws Exception {
        session.document().apply(MapEdits.setTitle("Vor dem Beenden"));
        session.save();
        session.quit(() -> exits++);
        session.document().apply(MapEdits.setAuthor(TYPED));
        f.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        f.background.finishAll();
        assertThat(f.dialogs.asked).containsExactly("unsaved:wohnung.journey.json");
        assertThat(exits).isZero();
        assertThat(session.quittingProperty().get()).isFalse();
        assertThat(session.document().map().author()).isEqualTo(TYPED);
    }

    @Test
    void aFailedSaveNeverQuits() throws Exception {
        session.document().apply(MapEdits.setTitle("Geht nicht"));
        java.nio.file.Files.delete(file);
        java.nio.file.Files.createDirectory(file); // a folder where the file was: the write fails
        f.dialogs.changedAnswers.add(Dialogs.ChangedOnDiskChoice.OVERWRITE);
        session.save();
        session.quit(() -> exits++);
        // after the error the quit asks again, as if the save had never been asked for
        f.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        f.background.finishAll();
        assertThat(exits).isZero();
        assertThat(f.dialogs.asked).last().isEqualTo("unsaved:wohnung.journey.json");
        assertThat(f.dialogs.errors).singleElement().asString().startsWith("Speichern fehlgeschlagen");
        assertThat(session.isUnsaved()).isTrue();
        assertThat(session.quittingProperty().get()).isFalse();
    }

    @Test
    void closeAndOpenWaitForTheSave() throws Exception {
        session.document().apply(MapEdits.setTitle("Beim Schließen"));
        session.save();
        assertThat(session.close()).isTrue();
        assertThat(session.document()).as("the map stays until it is safe").isNotNull();
        f.background.finishAll();
        assertThat(session.document()).isNull();
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Beim Schließen");
    }

    @Test
    void saveAsOfANewMapRunsInTheBackgroundToo() throws Exception {
        session.newFromTemplate(org.journeyboard.model.templates.TemplateKind.IHK7, org.journeyboard.model.Language.DE);
        session.document().apply(MapEdits.setTitle(TYPED));
        f.dialogs.saveAnswers.add(Optional.of(dir.resolve("Prüfung")));
        session.save();
        assertThat(session.isSaving()).isTrue();
        assertThat(session.document().file()).isNull();
        f.background.finishAll();
        Path saved = dir.resolve("Prüfung.journey.json");
        assertThat(session.document().file()).isEqualTo(saved);
        assertThat(JourneyFiles.read(saved).title()).isEqualTo(TYPED);
        assertThat(session.isUnsaved()).isFalse();
    }
}
