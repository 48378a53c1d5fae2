package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * is tested with a fake. Runs on the UI thread; only reading a file goes to {@link Background}.
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
        if (!mayDiscardCurrent()) {
            return;
        }
        dialogs.chooseTemplate(preferredTemplate(), preferredLanguage())
                .ifPresent(c -> show(Templates.create(c.kind(), c.language(), clock.instant()), null, false, null));
    }

    /** Starts a new map from {@code kind} (the welcome view's buttons). */
    public void newFromTemplate(TemplateKind kind, Language language) {
        if (mayDiscardCurrent()) {
            show(Templates.create(kind, language, clock.instant()), null, false, null);
        }
    }

    /** Opens a bundled sample as a new, never saved map. */
    public void openSample(Sample sample) {
        if (mayDiscardCurrent()) {
            show(sample.map(), null, false, null);
        }
    }

    /** Asks about unsaved changes, then for a file, then opens it. */
    public void open() {
        if (!mayDiscardCurrent()) {
            return;
        }
        dialogs.chooseFileToOpen(settings.lastFolder()).ifPresent(this::read);
    }

    /** Asks about unsaved changes, then opens {@code file} (a recent file, the command line). */
    public void open(Path file) {
        if (mayDiscardCurrent()) {
            read(file);
        }
    }

    /**
     * Opens the map file named on the command line, whose reading began while JavaFX started; otherwise like
     * {@link #open(Path)}.
     */
    public void open(FileOnStart early) {
        if (mayDiscardCurrent()) {
            read(early.file(), early::await);
        }
    }

    /**
     * Reads {@code file} in the background; a file that cannot be opened shows its problems and leaves the open map
     * as it was. The caller has already dealt with unsaved changes.
     */
    private void read(Path file) {
        read(file, () -> LoadedFile.read(file, files));
    }

    private void read(Path file, Callable<LoadedFile> reading) {
        loading.set(true);
        background.run(reading, loaded -> {
            loading.set(false);
            show(loaded.map(), loaded.layout(), file, false, null);
            fileStamp = loaded.stamp();
        }, problem -> {
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

    /** Saves to the map's file (asking for one if it has none); true when saved. */
    public boolean save() {
        pendingInput.run();
        MapDocument doc = document();
        if (doc == null) {
            return false;
        }
        if (doc.file() == null) {
            return saveAs();
        }
        if (!valid(doc)) {
            return false;
        }
        if (fileStamp != null && fileStamp.changedSince(doc.file())) {
            String message = FileStamp.changedMessage(doc.file(), locale());
            switch (dialogs.askFileChangedOnDisk(doc.file(), message)) {
                case RELOAD -> {
                    read(doc.file());
                    return false;
                }
                case SAVE_AS -> {
                    return saveAs();
                }
                case CANCEL -> {
                    return false;
                }
                case OVERWRITE -> {
                    // fall through to writing
                }
            }
        }
        return write(doc, doc.file());
    }

    /** Asks where to save, adds the .journey.json extension, saves there; true when saved. */
    public boolean saveAs() {
        pendingInput.run();
        MapDocument doc = document();
        if (doc == null || !valid(doc)) {
            return false;
        }
        Path folder = doc.file() != null ? doc.file().toAbsolutePath().getParent() : settings.lastFolder();
        String suggested = doc.file() != null ? doc.file().getFileName().toString() : FileNames.forTitle(doc.map().title());
        return dialogs.chooseFileToSave(folder, suggested)
                .map(FileNames::withExtension)
                .map(target -> write(doc, target))
                .orElse(false);
    }

    /** Asks about unsaved changes, then closes the map and shows the welcome view; false when the user cancelled. */
    public boolean close() {
        if (document() == null) {
            return true;
        }
        if (!mayDiscardCurrent()) {
            return false;
        }
        show(null, null, false, null);
        return true;
    }

    /** Asks about unsaved changes before the application ends; true when it may end (snapshots are then settled). */
    public boolean quit() {
        if (!mayDiscardCurrent()) {
            return false;
        }
        if (documentId != null) {
            recovery.closed(documentId);
        }
        recovery.shutDown();
        return true;
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
        choice.restore().ifPresent(offer -> {
            if (!mayDiscardCurrent()) {
                return;
            }
            try {
                JourneyMap map = recovery.load(offer);
                show(map, offer.file(), true, offer.id());
            } catch (Exception e) {
                dialogs.showError(messages.get("recovery.failed", offer.title()), ProblemTexts.of(e, messages));
            }
        });
    }

    /**
     * When there are unsaved changes, asks Save / Don't save / Cancel; true when the current map may go (saved, or
     * deliberately not).
     */
    public boolean mayDiscardCurrent() {
        pendingInput.run();
        if (document() == null || !isUnsaved()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(documentName(document()))) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private boolean valid(MapDocument doc) {
        List<Problem> problems = MapValidator.validate(doc.map(), locale());
        if (problems.isEmpty()) {
            return true;
        }
        dialogs.showError(messages.get("error.invalid.header"),
                problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        return false;
    }

    private boolean write(MapDocument doc, Path target) {
        try {
            // the file records when it was saved; the open map keeps its own time so that saving is no undo step
            files.write(doc.map().withModified(clock.instant()), target);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(messages.get("error.save.header", target.getFileName()), SaveFailures.describe(e, target,
                    messages));
            return false;
        }
        doc.markSaved(target);
        restored = false;
        fileStamp = LoadedFile.stampOf(target);
        recent.add(target);
        settings.setLastFolder(target.toAbsolutePath().getParent());
        recovery.saved(documentId);
        documentChanged();
        return true;
    }

    private void show(JourneyMap map, Path file, boolean restoredMap, String recoveredId) {
        show(map, null, file, restoredMap, recoveredId);
    }

    /** Shows {@code map}; {@code layoutOrNull} is its layout when already computed (the file read at start). */
    private void show(JourneyMap map, MapLayout layoutOrNull, Path file, boolean restoredMap, String recoveredId) {
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
