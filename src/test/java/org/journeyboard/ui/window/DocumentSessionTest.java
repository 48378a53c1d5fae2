package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.journeyboard.edit.Edit;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.window.Dialogs.ChangedOnDiskChoice;
import org.journeyboard.ui.window.Dialogs.UnsavedChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSessionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeRecovery recovery = new FakeRecovery();
    private final MemoryPreferences prefs = new MemoryPreferences();
    private final List<Path> written = new ArrayList<>();
    private IOException writeFailure;
    private DocumentSession session;

    @BeforeEach
    void setUp() {
        session = session(Locale.ENGLISH);
    }

    private DocumentSession session(Locale locale) {
        MapFiles disk = MapFiles.onDisk(locale);
        MapFiles files = new MapFiles() {
            @Override
            public JourneyMap read(Path file) throws Exception {
                return disk.read(file);
            }

            @Override
            public void write(JourneyMap map, Path file) throws IOException {
                if (writeFailure != null) {
                    throw writeFailure;
                }
                written.add(file);
                disk.write(map, file);
            }
        };
        WindowSettings settings = new WindowSettings(prefs);
        return new DocumentSession(new Messages(locale), dialogs, files, new RecentFiles(prefs.node("recent")),
                settings, recovery, Background.IN_PLACE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Path sampleFile(String name) throws IOException {
        Path file = dir.resolve(name);
        JourneyFiles.write(Samples.all().get(0).map(), file);
        return file;
    }

    private void edit() {
        session.document().apply(MapEdits.setTitle("Changed " + System.nanoTime()));
    }

    @Test
    void openingAFileShowsItsNameAndAnEditMarksTheTitle() throws IOException {
        Path file = sampleFile("gut.journey.json");
        session.open(file);
        assertThat(session.document().map()).isEqualTo(Samples.all().get(0).map());
        assertThat(session.titleProperty().get()).isEqualTo("gut.journey.json – Journeyboard");
        edit();
        assertThat(session.isUnsaved()).isTrue();
        assertThat(session.titleProperty().get()).isEqualTo("*gut.journey.json – Journeyboard");
        session.document().undo();
        assertThat(session.titleProperty().get()).isEqualTo("gut.journey.json – Journeyboard");
    }

    @Test
    void closeWithUnsavedChangesAndSaveWritesTheFileThenCloses() throws Exception {
        Path file = sampleFile("a.journey.json");
        session.open(file);
        session.document().apply(MapEdits.setTitle("Saved on close"));
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        assertThat(session.close()).isTrue();
        assertThat(dialogs.asked).containsExactly("unsaved:a.journey.json");
        assertThat(session.document()).isNull();
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Saved on close");
    }

    @Test
    void dontSaveClosesWithoutWritingAndCancelKeepsTheMapOpen() throws Exception {
        Path file = sampleFile("b.journey.json");
        session.open(file);
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        assertThat(session.close()).isFalse();
        assertThat(session.document()).isNotNull();
        assertThat(session.isUnsaved()).isTrue();
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        assertThat(session.close()).isTrue();
        assertThat(session.document()).isNull();
        assertThat(written).isEmpty();
        assertThat(JourneyFiles.read(file)).isEqualTo(Samples.all().get(0).map());
    }

    @Test
    void cancelOnQuitKeepsRunningAndNewAsksToo() throws IOException {
        session.open(sampleFile("c.journey.json"));
        edit();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        assertThat(session.quit(() -> { })).isFalse();
        assertThat(recovery.shutDown).isFalse();
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        session.newFromTemplate(TemplateKind.AIDA, Language.EN);
        assertThat(session.document().file()).isNotNull();
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        assertThat(session.quit(() -> { })).isTrue();
        assertThat(recovery.shutDown).isTrue();
        assertThat(recovery.snapshots).isEmpty();
    }

    @Test
    void textStillBeingTypedCountsBeforeTheQuestionAndIsSaved() throws Exception {
        Path file = sampleFile("typing.journey.json");
        session.open(file);
        // the canvas's in-place field holds a new title that has not reached the map yet
        session.setPendingInput(() -> session.document().apply(MapEdits.setTitle("Typed in place")));
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        assertThat(session.close()).isTrue();
        assertThat(dialogs.asked).containsExactly("unsaved:typing.journey.json");
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Typed in place");
    }

    @Test
    void aSavedMapClosesWithoutAQuestion() throws IOException {
        session.open(sampleFile("d.journey.json"));
        assertThat(session.close()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void saveAsAddsTheExtensionAndReopeningGivesTheSameMap() throws Exception {
        session.newFromTemplate(TemplateKind.IHK7, Language.DE);
        session.document().apply(MapEdits.setAuthor("Trainerin"));
        dialogs.saveAnswers.add(Optional.of(dir.resolve("Prüfung")));
        assertThat(session.save()).isTrue();
        assertThat(dialogs.suggestedName).isEqualTo("Customer-Journey-IHK-7-Phasen.journey.json");
        Path file = dir.resolve("Prüfung.journey.json");
        assertThat(session.document().file()).isEqualTo(file);
        assertThat(session.isUnsaved()).isFalse();
        JourneyMap saved = session.document().map();
        session.close();
        session.open(file);
        JourneyMap reopened = session.document().map();
        assertThat(reopened.modified()).isEqualTo(NOW);
        assertThat(reopened).isEqualTo(saved.withModified(NOW));
        assertThat(session.recentFiles().files()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void anInvalidMapIsRefusedWithTheValidatorsMessages() throws IOException {
        Path file = sampleFile("e.journey.json");
        session.open(file);
        session.document().apply(Edit.of("edit.phase.rename", m -> m.withPhases(
                m.phases().stream().map(p -> p.withName(" ")).toList())));
        assertThat(session.save()).isFalse();
        assertThat(written).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("The map was not saved").contains("$.phases[0].name");
        assertThat(session.isUnsaved()).isTrue();
    }

    @Test
    void aFailedSaveSaysWhyAndTheMapStaysOpenAndUnsaved() throws IOException {
        Path file = sampleFile("f.journey.json");
        session.open(file);
        edit();
        JourneyMap before = session.document().map();
        writeFailure = new AccessDeniedException(file.toString());
        assertThat(session.save()).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Saving failed\n“f.journey.json” could not be saved")
                .contains("no permission to write");
        assertThat(session.document().map()).isSameAs(before);
        assertThat(session.isUnsaved()).isTrue();
        assertThat(recovery.snapshots).containsValue(before);
    }

    @Test
    void aBadFileShowsItsMessageAndLeavesTheOpenMapUntouched() throws IOException {
        session.open(sampleFile("g.journey.json"));
        edit();
        JourneyMap before = session.document().map();
        Path bad = dir.resolve("bad.journey.json");
        Files.writeString(bad, "{ \"format\": \"journeyboard\", ");
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        session.open(bad);
        assertThat(dialogs.errors).singleElement().asString().startsWith("The file “bad.journey.json” could not be opened.");
        assertThat(dialogs.errors.get(0)).doesNotContain("Exception");
        assertThat(session.document().map()).isSameAs(before);
        assertThat(session.isUnsaved()).isTrue();
    }

    @Test
    void everyFileOfTheBadFileCorpusShowsItsOwnMessageAndTheOpenMapStays() throws Exception {
        Properties expected = new Properties();
        try (var in = DocumentSessionTest.class.getResourceAsStream("/bad-files/expected.properties")) {
            expected.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Path corpus = Path.of(DocumentSessionTest.class.getResource("/bad-files/expected.properties").toURI()).getParent();
        assertThat(expected.stringPropertyNames()).hasSizeGreaterThan(20);
        session.open(sampleFile("open.journey.json"));
        JourneyMap before = session.document().map();
        for (String name : new java.util.TreeSet<>(expected.stringPropertyNames())) {
            dialogs.errors.clear();
            session.open(corpus.resolve(name));
            String fragment = expected.getProperty(name).split("\\|", 2)[1].strip();
            assertThat(dialogs.errors).as(name).singleElement().asString()
                    .contains(name).contains(fragment).doesNotContain("Exception");
            assertThat(session.document().map()).as(name).isSameAs(before);
        }
    }

    @Test
    void aMissingRecentFileIsDroppedFromTheList() throws IOException {
        Path file = sampleFile("h.journey.json");
        session.open(file);
        session.close();
        Files.delete(file);
        session.open(file);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(session.recentFiles().files()).isEmpty();
    }

    @Test
    void recentFilesPersistNewestFirstWithoutDuplicates() throws IOException {
        Path a = sampleFile("1.journey.json");
        Path b = sampleFile("2.journey.json");
        session.open(a);
        session.open(b);
        session.open(a);
        RecentFiles again = new RecentFiles(prefs.node("recent"));
        assertThat(again.files()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            again.add(dir.resolve("x" + i + ".journey.json"));
        }
        assertThat(new RecentFiles(prefs.node("recent")).files()).hasSize(RecentFiles.MAX)
                .first().isEqualTo(dir.resolve("x12.journey.json").toAbsolutePath());
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenWithoutAsking() throws Exception {
        Path file = sampleFile("i.journey.json");
        session.open(file);
        session.document().apply(MapEdits.setTitle("Mine"));
        JourneyFiles.write(Samples.all().get(1).map(), file);
        dialogs.changedAnswers.add(ChangedOnDiskChoice.CANCEL);
        assertThat(session.save()).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains("was changed on disk by another program");
        assertThat(JourneyFiles.read(file)).isEqualTo(Samples.all().get(1).map());
        dialogs.changedAnswers.add(ChangedOnDiskChoice.OVERWRITE);
        assertThat(session.save()).isTrue();
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Mine");
        session.document().apply(MapEdits.setTitle("Mine again"));
        assertThat(session.save()).isTrue();
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void reloadTakesTheVersionOnDisk() throws IOException {
        Path file = sampleFile("j.journey.json");
        session.open(file);
        edit();
        JourneyFiles.write(Samples.all().get(1).map(), file);
        dialogs.changedAnswers.add(ChangedOnDiskChoice.RELOAD);
        assertThat(session.save()).isFalse();
        assertThat(session.document().map()).isEqualTo(Samples.all().get(1).map());
        assertThat(session.isUnsaved()).isFalse();
    }

    @Test
    void everyChangeReachesTheAutosaverAndSavingClearsTheSnapshot() throws IOException {
        session.open(sampleFile("k.journey.json"));
        assertThat(recovery.snapshots).isEmpty();
        edit();
        assertThat(recovery.snapshots).containsEntry(session.documentId(), session.document().map());
        session.windowLostFocus();
        assertThat(recovery.saveSoonCalls).isEqualTo(1);
        assertThat(session.save()).isTrue();
        assertThat(recovery.snapshots).isEmpty();
    }

    @Test
    void aRecoveredMapOpensUnsavedAndDiscardedOnesAreDeleted() throws Exception {
        Path file = sampleFile("l.journey.json");
        JourneyMap lost = Samples.all().get(2).map().withTitle("Lost work");
        RecoveryOffer keep = new RecoveryOffer("doc-1", "Lost work", file, NOW);
        RecoveryOffer drop = new RecoveryOffer("doc-2", "Old", null, NOW);
        recovery.offers.addAll(List.of(keep, drop));
        recovery.leftBehind.put("doc-1", lost);
        dialogs.recoveryAnswers.add(new Dialogs.RecoveryChoice(Optional.of(keep), List.of(drop)));
        session.offerRecovery();
        assertThat(dialogs.offered).containsExactly(keep, drop);
        assertThat(recovery.discarded).containsExactly("doc-2");
        assertThat(session.document().map()).isEqualTo(lost);
        assertThat(session.document().file()).isEqualTo(file);
        assertThat(session.isUnsaved()).isTrue();
        assertThat(session.titleProperty().get()).startsWith("*");
        // the restored map keeps its snapshot until it is saved
        assertThat(recovery.snapshots).containsKey("doc-1");
        // the file may have changed since the crash, so saving over it asks first
        dialogs.changedAnswers.add(Dialogs.ChangedOnDiskChoice.OVERWRITE);
        assertThat(session.save()).isTrue();
        assertThat(dialogs.asked).anyMatch(q -> q.startsWith("changed:"));
        assertThat(JourneyFiles.read(file).title()).isEqualTo("Lost work");
        assertThat(recovery.snapshots).isEmpty();
        assertThat(session.isUnsaved()).isFalse();
    }

    @Test
    void aFileFromTheCommandLineOpensWhenNothingIsRestoredElseItIsOfferedInRecentFiles() throws Exception {
        Path asked = sampleFile("asked.journey.json");
        session.start(asked);
        assertThat(session.document().file()).isEqualTo(asked);
        assertThat(dialogs.informations).isEmpty();

        DocumentSession restoring = session(Locale.ENGLISH);
        RecoveryOffer lost = new RecoveryOffer("doc-1", "Lost work", null, NOW);
        recovery.offers.add(lost);
        recovery.leftBehind.put("doc-1", Samples.all().get(2).map().withTitle("Lost work"));
        dialogs.recoveryAnswers.add(new Dialogs.RecoveryChoice(Optional.of(lost), List.of()));
        restoring.recentFiles().clear();
        restoring.start(asked);
        assertThat(restoring.document().map().title()).as("one map per window: the restored one").isEqualTo("Lost work");
        assertThat(restoring.recentFiles().files()).first().isEqualTo(asked.toAbsolutePath().normalize());
        assertThat(dialogs.informations).singleElement().asString()
                .startsWith("“asked.journey.json” was not opened: the restored map is open.")
                .contains("File › Open recent");
    }

    @Test
    void restoringTheCommandLineFilesOwnSnapshotNeedsNoNote() throws Exception {
        Path asked = sampleFile("asked.journey.json");
        RecoveryOffer lost = new RecoveryOffer("doc-1", "Lost work", asked, NOW);
        recovery.offers.add(lost);
        recovery.leftBehind.put("doc-1", Samples.all().get(2).map().withTitle("Lost work"));
        dialogs.recoveryAnswers.add(new Dialogs.RecoveryChoice(Optional.of(lost), List.of()));
        session.start(asked);
        assertThat(session.document().map().title()).isEqualTo("Lost work");
        assertThat(dialogs.informations).isEmpty();
    }

    @Test
    void noRecoveryQuestionWhenNothingWasLeftBehind() {
        session.offerRecovery();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void germanUsersGetTheIhkTemplatePreselected() {
        DocumentSession german = session(Locale.GERMAN);
        german.newFromTemplate();
        assertThat(dialogs.preselectedTemplate).isEqualTo(TemplateKind.IHK7);
        assertThat(german.preferredLanguage()).isEqualTo(Language.DE);
        assertThat(session.preferredTemplate()).isNotEqualTo(TemplateKind.IHK7);
        assertThat(WindowSettings.UiLanguage.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.GERMAN);
        assertThat(WindowSettings.UiLanguage.SYSTEM.locale(Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
        assertThat(WindowSettings.UiLanguage.ENGLISH.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void settingsAreRemembered() {
        WindowSettings settings = new WindowSettings(prefs);
        settings.setTheme(Theme.DARK);
        settings.setLanguage(WindowSettings.UiLanguage.GERMAN);
        settings.setLastFolder(dir);
        WindowSettings again = new WindowSettings(prefs);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.language()).isEqualTo(WindowSettings.UiLanguage.GERMAN);
        assertThat(again.lastFolder()).isEqualTo(dir);
    }
}
