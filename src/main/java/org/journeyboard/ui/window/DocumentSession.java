package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.journeyboard.io.FileStamp;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.io.MapValidator;
import org.journeyboard.io.Problem;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.model.templates.Templates;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.MapDocument;

/**
 * The window's file logic without the window: which map is open, new, open, save, save as, close and quit, the
 * unsaved-changes question, recent files and crash recovery. Every question goes through {@link Dialogs}, so all of it
 * is tested with a fake. Runs on the UI thread; reading and writing files go to {@link Background}.
 *
 * <p>Background results are applied only while they are still wanted: an open is dropped when a newer open, a new
 * map or a close came after it, and its map never replaces one with unsaved changes without asking. One save runs at
 * a time; the user may go on editing meanwhile (those edits stay unsaved), and whatever must wait for the map to be
 * safe (close, open, quit) waits for the save.
 */
public final class DocumentSession {
    private final Messages messages;
    private final Dialogs dialogs;
    private final MapFiles files;
    private final RecentFiles recent;
    private final WindowSettings settings;
    private final Recovery recovery;
    private final Background background;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<MapDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private Runnable pendingInput = () -> { };
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper quitting = new ReadOnlyBooleanWrapper(this, "quitting");
    private final MapSaving saving;
    /** Counts opens begun and maps shown: an open's result is wanted only while nothing came after it. */
    private long generation;
    private final InvalidationListener documentChanged = o -> documentChanged();
    private String documentId;
    private FileStamp fileStamp;
    /** A map restored after a crash counts as unsaved until it is saved, though its history starts clean. */
    private boolean restored;

    public DocumentSession(Messages messages, Dialogs dialogs, MapFiles files, RecentFiles recent,
                           WindowSettings settings, Recovery recovery, Background background, Clock clock) {
        this.messages = Objects.requireNonNull(messages);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.files = Objects.requireNonNull(files);
        this.recent = Objects.requireNonNull(recent);
        this.settings = Objects.requireNonNull(settings);
        this.recovery = Objects.requireNonNull(recovery);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.saving = new MapSaving(messages, dialogs, files, settings, background, clock, new MapSaving.Owner() {
            @Override
            public MapDocument document() {
                return DocumentSession.this.document();
            }

            @Override
            public FileStamp fileStamp() {
                return fileStamp;
            }

            @Override
            public void saved(MapDocument doc, Path target, long state, FileStamp stamp) {
                DocumentSession.this.saved(doc, target, state, stamp);
            }

            @Override
            public void reload(Path target) {
                read(target);
            }

            @Override
            public void commitPendingInput() {
                pendingInput.run();
            }
        });
        title.set(messages.get("app.name"));
    }

    /** The open map, or null when the welcome view shows. */
    public ReadOnlyObjectProperty<MapDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public MapDocument document() {
        return document.get();
    }

    /** Whether closing now would lose changes. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }

    /** The window title: file name (or map title), an unsaved mark, the app name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a save runs in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public boolean isSaving() {
        return saving.isSaving();
    }

    /** True once the user quit and the window waits for a save (or the last snapshots) before it closes. */
    public ReadOnlyBooleanProperty quittingProperty() {
        return quitting.getReadOnlyProperty();
    }

    public Locale locale() {
        return messages.locale();
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** The template a new map starts from unless the user picks another: IHK 7 for German users. */
    public TemplateKind preferredTemplate() {
        return "de".equals(locale().getLanguage()) ? TemplateKind.IHK7 : TemplateKind.FIVE;
    }

    /** The language new maps are written in: the window's. */
    public Language preferredLanguage() {
        return "de".equals(locale().getLanguage()) ? Language.DE : Language.EN;
    }

    /** Asks for a template, then starts a new map from it. */
    public void newFromTemplate() {
        whenMayDiscard(() -> dialogs.chooseTemplate(preferredTemplate(), preferredLanguage())
                .ifPresent(c -> show(Templates.create(c.kind(), c.language(), clock.instant()), null, false, null)));
    }

    /** Starts a new map from {@code kind} (the welcome view's buttons). */
    public void newFromTemplate(TemplateKind kind, Language language) {
        whenMayDiscard(() -> show(Templates.create(kind, language, clock.instant()), null, false, null));
    }

    /** Opens a bundled sample as a new, never saved map. */
    public void openSample(Sample sample) {
        whenMayDiscard(() -> show(sample.map(), null, false, null));
    }

    /**
     * Asks about unsaved changes, then for a file, then opens it. One open at a time: a newer one cancels an earlier
     * that has not shown yet (the window also refuses Open and recent files while a file loads).
     */
    public void open() {
        whenMayDiscard(() -> dialogs.chooseFileToOpen(settings.lastFolder()).ifPresent(this::read));
    }

    /** Asks about unsaved changes, then opens {@code file} (a recent file, the command line). */
    public void open(Path file) {
        whenMayDiscard(() -> read(file));
    }

    /**
     * Opens the map file named on the command line, whose reading began while JavaFX started; otherwise like
     * {@link #open(Path)}.
     */
    public void open(FileOnStart early) {
        whenMayDiscard(() -> read(early.file(), early::await));
    }

    /**
     * Reads {@code file} in the background; a file that cannot be opened shows its problems and leaves the open map
     * as it was. The caller has already dealt with unsaved changes.
     */
    private void read(Path file) {
        read(file, () -> LoadedFile.read(file, files));
    }

    private void read(Path file, Callable<LoadedFile> reading) {
        long ticket = ++generation;
        // the map open now may go as it is (the caller asked); an edit made while the file loads must be asked about
        MapDocument agreed = document();
        long agreedState = agreed == null ? 0 : agreed.checkpoint();
        loading.set(true);
        background.run(reading, loaded -> {
            if (ticket != generation) {
                return; // a newer open, a new map or a close came after this one: it owns the loading state
            }
            loading.set(false);
            Runnable showIt = () -> {
                if (ticket == generation) {
                    show(loaded.map(), loaded.layout(), file, false, null);
                    fileStamp = loaded.stamp();
                }
            };
            MapDocument now = document();
            if (now == null || !isUnsaved() || (now == agreed && now.history().isAt(agreedState))) {
                showIt.run();
            } else {
                whenMayDiscard(showIt);
            }
        }, problem -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            if (!Files.exists(file)) {
                recent.remove(file);
            }
            dialogs.showError(messages.get("error.open.header", file.getFileName()), ProblemTexts.of(problem, messages));
        });
    }

    /**
     * Sets what hands text still being typed (the canvas's in-place field) to the map; it runs before every save and
     * before the map may be discarded, so that neither the prompt nor the file misses the last words typed.
     */
    public void setPendingInput(Runnable commitPendingInput) {
        this.pendingInput = Objects.requireNonNull(commitPendingInput);
    }

    /**
     * Saves to the map's file (asking for one if it has none) in the background; false when nothing was saved or will
     * be (no map, an invalid map, cancelled, or already failed), true when it was saved or a save is under way. A save
     * asked for while one runs follows it.
     */
    public boolean save() {
        return save(() -> { });
    }

    private boolean save(Runnable then) {
        return saving.save(then);
    }

    /** Asks where to save, adds the .journey.json extension, saves there; like {@link #save()} otherwise. */
    public boolean saveAs() {
        return saving.saveAs(() -> { });
    }

    /** Asks about unsaved changes, then closes the map and shows the welcome view; false when the user cancelled. */
    public boolean close() {
        if (document() == null) {
            return true;
        }
        return whenMayDiscard(() -> show(null, null, false, null));
    }

    /**
     * Quits: waits for a save under way, asks about unsaved changes, lets the autosaver settle its snapshots (in the
     * background), then runs {@code exit}. False when the user cancelled; {@code exit} never runs while a save is
     * half done, nor after a save that failed.
     */
    public boolean quit(Runnable exit) {
        if (quitting.get() && !isSaving()) {
            return true; // already on its way out
        }
        if (isSaving()) {
            if (!quitting.get()) {
                quitting.set(true);
                saving.waitForSave(() -> {
                    quitting.set(false);
                    quit(exit);
                });
            }
            return true;
        }
        return whenMayDiscard(() -> {
            if (documentId != null) {
                recovery.closed(documentId);
            }
            quitting.set(true);
            // the autosaver may still be writing a snapshot: waiting for it must not freeze the window
            background.run(() -> {
                recovery.shutDown();
                return null;
            }, done -> exit.run(), problem -> exit.run());
        });
    }

    /** The window lost the focus: let the autosaver write now rather than in up to 30 seconds. */
    public void windowLostFocus() {
        recovery.saveSoon();
    }

    /** Whether {@link #offerRecovery} has maps to offer (earlier runs left unsaved work). */
    public boolean hasRecoveryOffers() {
        return !recovery.offers().isEmpty();
    }

    /**
     * The window's start: recovered maps are offered first, then {@code fileOrNull} (given on the command line)
     * opens if no map was restored. If one was, the file is not dropped silently (one map per window, ADR 5): unless
     * it is the restored map's own file, it goes first in File › Open Recent and a note says so.
     */
    public void start(Path fileOrNull) {
        offerRecovery();
        if (fileOrNull == null) {
            return;
        }
        if (document() == null) {
            open(fileOrNull);
            return;
        }
        Path wanted = fileOrNull.toAbsolutePath().normalize();
        Path restoredFile = document().file() == null ? null : document().file().toAbsolutePath().normalize();
        if (wanted.equals(restoredFile)) {
            return;
        }
        recent.add(wanted);
        dialogs.showInformation(messages.get("start.notOpened", wanted.getFileName()),
                messages.get("start.notOpened.details", wanted));
    }

    /**
     * The window's start with an argument that is no path at all (a NUL character, a colon inside a name on
     * Windows): it starts as without one and says why no map opened.
     */
    public void startWithoutPath(String argument) {
        start(null);
        // control characters would show as nothing or garble the dialog: they are shown as U+ codes
        StringBuilder shown = new StringBuilder();
        argument.codePoints().forEach(c -> shown.append(Character.isISOControl(c)
                ? String.format("U+%04X", c) : new String(Character.toChars(c))));
        dialogs.showError(messages.get("start.notAPath", shown), messages.get("start.notAPath.details"));
    }

    /**
     * Offers the maps a crashed run left behind: the chosen one opens as an unsaved map, discarded ones are deleted,
     * the rest stay for the next start.
     */
    public void offerRecovery() {
        List<RecoveryOffer> offers = recovery.offers();
        if (offers.isEmpty()) {
            return;
        }
        Dialogs.RecoveryChoice choice = dialogs.askRecovery(offers);
        choice.discard().forEach(recovery::discard);
        choice.restore().ifPresent(offer -> whenMayDiscard(() -> {
            try {
                JourneyMap map = recovery.load(offer);
                show(map, offer.file(), true, offer.id());
            } catch (Exception e) {
                dialogs.showError(messages.get("recovery.failed", offer.title()), ProblemTexts.of(e, messages));
            }
        }));
    }

    /**
     * Runs {@code then} once the current map may go: at once when it has no unsaved changes, else after asking
     * Save / Don't save / Cancel (after the save, for Save). A save under way is waited for first. False when the user
     * cancelled (or the save failed at once).
     */
    private boolean whenMayDiscard(Runnable then) {
        if (saving.waitForSave(() -> whenMayDiscard(then))) {
            return true;
        }
        pendingInput.run();
        if (document() == null || !isUnsaved()) {
            then.run();
            return true;
        }
        return switch (dialogs.askToSaveChanges(documentName(document()))) {
            case SAVE -> save(then);
            case DONT_SAVE -> {
                then.run();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private void saved(MapDocument doc, Path target, long state, FileStamp stamp) {
        recent.add(target);
        settings.setLastFolder(target.toAbsolutePath().getParent());
        if (doc != document()) {
            return; // cannot happen (closing waits for the save), but a stale result must not touch the open map
        }
        doc.markSaved(target, state);
        restored = false;
        fileStamp = stamp;
        if (!doc.isDirty()) {
            recovery.saved(documentId);
        }
        documentChanged();
    }

    private void show(JourneyMap map, Path file, boolean restoredMap, String recoveredId) {
        show(map, null, file, restoredMap, recoveredId);
    }

    /** Shows {@code map}; {@code layoutOrNull} is its layout when already computed (the file read at start). */
    private void show(JourneyMap map, MapLayout layoutOrNull, Path file, boolean restoredMap, String recoveredId) {
        // whatever is still loading was asked for before this map: it is no longer wanted
        generation++;
        loading.set(false);
        MapDocument old = document();
        if (old != null) {
            old.mapProperty().removeListener(documentChanged);
            old.dirtyProperty().removeListener(documentChanged);
            old.fileProperty().removeListener(documentChanged);
            recovery.closed(documentId);
        }
        restored = restoredMap;
        if (map == null) {
            documentId = null;
            fileStamp = null;
            document.set(null);
            documentChanged();
            return;
        }
        documentId = recoveredId != null ? recoveredId : UUID.randomUUID().toString();
        // a restored map's file may have changed since the crash, and what it looked like then is unknown: saving
        // over it always asks first; a freshly read file gets its stamp from the reader
        fileStamp = file != null && restoredMap ? UNKNOWN_STAMP : null;
        if (file != null && !restoredMap) {
            recent.add(file);
            settings.setLastFolder(file.toAbsolutePath().getParent());
        }
        MapDocument doc = new MapDocument(map, file, locale(), layoutOrNull);
        doc.mapProperty().addListener(documentChanged);
        doc.dirtyProperty().addListener(documentChanged);
        doc.fileProperty().addListener(documentChanged);
        document.set(doc);
        documentChanged();
    }

    private void documentChanged() {
        MapDocument doc = document();
        unsaved.set(doc != null && (doc.isDirty() || restored));
        title.set(doc == null ? messages.get("app.name")
                : messages.get(isUnsaved() ? "window.title.unsaved" : "window.title", documentName(doc)));
        if (doc != null) {
            recovery.update(documentId, doc.map(), doc.file(), isUnsaved());
        }
    }

    /** Differs from every real file, so that overwriting asks. */
    private static final FileStamp UNKNOWN_STAMP = new FileStamp(-1, java.time.Instant.EPOCH, "");

    /** The file name, or the map's title for a map without a file. */
    String documentName(MapDocument doc) {
        return doc.file() != null ? doc.file().getFileName().toString() : doc.map().title();
    }

    /** The id under which the autosaver keeps the open map (for tests). */
    String documentId() {
        return documentId;
    }

    /** The extension every saved map gets. */
    static String extension() {
        return JourneyFiles.EXTENSION;
    }
}
