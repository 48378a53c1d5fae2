package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.journeyboard.io.FileStamp;
import org.journeyboard.io.MapValidator;
import org.journeyboard.io.Problem;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.MapDocument;

/**
 * Saving the open map for {@link DocumentSession}: Save and Save As, one save at a time in the background, the
 * question when the file changed on disk, and what waits for a save to end (a second save, a close, an open, quit).
 */
final class MapSaving {
    /** What the session tells and is told about the map being saved. */
    interface Owner {
        MapDocument document();

        /** What the map's file looked like when it was read or last saved; null when unknown. */
        FileStamp fileStamp();

        /** The save of {@code doc} as it was at {@code state} reached {@code target}. */
        void saved(MapDocument doc, Path target, long state, FileStamp stamp);

        /** The user chose to reload the file instead of saving over it. */
        void reload(Path target);

        /** Hands text still being typed to the map. */
        void commitPendingInput();
    }

    private final Messages messages;
    private final Dialogs dialogs;
    private final MapFiles files;
    private final WindowSettings settings;
    private final Background background;
    private final Clock clock;
    private final Owner owner;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** What waits for the running save to end, in order. */
    private final List<Runnable> afterSave = new ArrayList<>();

    MapSaving(Messages messages, Dialogs dialogs, MapFiles files, WindowSettings settings, Background background,
              Clock clock, Owner owner) {
        this.messages = Objects.requireNonNull(messages);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.files = Objects.requireNonNull(files);
        this.settings = Objects.requireNonNull(settings);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.owner = Objects.requireNonNull(owner);
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    boolean isSaving() {
        return saving.get();
    }

    /** While a save runs, {@code then} waits for it to end and this returns true; otherwise false, nothing queued. */
    boolean waitForSave(Runnable then) {
        if (!isSaving()) {
            return false;
        }
        afterSave.add(then);
        return true;
    }

    /** Saves, then runs {@code then} once the map is on disk (not after a failure or a cancel). */
    boolean save(Runnable then) {
        if (waitForSave(() -> save(then))) {
            return true;
        }
        owner.commitPendingInput();
        MapDocument doc = owner.document();
        if (doc == null) {
            return false;
        }
        if (doc.file() == null) {
            return saveAs(then);
        }
        if (!valid(doc)) {
            return false;
        }
        return write(doc, doc.file(), owner.fileStamp(), then);
    }

    /** Asks where to save, adds the .journey.json extension, saves there; like {@link #save} otherwise. */
    boolean saveAs(Runnable then) {
        if (waitForSave(() -> saveAs(then))) {
            return true;
        }
        owner.commitPendingInput();
        MapDocument doc = owner.document();
        if (doc == null || !valid(doc)) {
            return false;
        }
        Path folder = doc.file() != null ? doc.file().toAbsolutePath().getParent() : settings.lastFolder();
        String suggested = doc.file() != null ? doc.file().getFileName().toString() : FileNames.forTitle(doc.map().title());
        return dialogs.chooseFileToSave(folder, suggested)
                .map(FileNames::withExtension)
                .map(target -> write(doc, target, null, then))
                .orElse(false);
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

    /**
     * Writes the map as it is now to {@code target} in the background; with {@code expected} the file must still look
     * like that (else the user is asked first). The user may go on editing meanwhile: the state saved is the one of
     * this moment, and later edits keep the map unsaved. False when it failed before this returns.
     */
    private boolean write(MapDocument doc, Path target, FileStamp expected, Runnable then) {
        long state = doc.checkpoint();
        // the file records when it was saved; the open map keeps its own time so that saving is no undo step
        SaveTask task = new SaveTask(doc.map().withModified(clock.instant()), target, expected, files);
        boolean[] ok = {true};
        saving.set(true);
        background.run(task, result -> {
            saving.set(false);
            if (result.changedOnDisk()) {
                ok[0] = changedOnDisk(doc, target, then);
            } else {
                owner.saved(doc, target, state, result.stamp());
                then.run();
            }
            runAfterSave();
        }, problem -> {
            saving.set(false);
            ok[0] = false;
            dialogs.showError(messages.get("error.save.header", target.getFileName()),
                    SaveFailures.describe(problem, target, messages));
            runAfterSave();
        });
        return ok[0];
    }

    /** The file changed since it was opened or saved: the user decides; false when nothing is saved now. */
    private boolean changedOnDisk(MapDocument doc, Path target, Runnable then) {
        String message = FileStamp.changedMessage(target, locale());
        return switch (dialogs.askFileChangedOnDisk(target, message)) {
            case RELOAD -> {
                owner.reload(target);
                yield false;
            }
            case SAVE_AS -> saveAs(then);
            case CANCEL -> false;
            case OVERWRITE -> write(doc, target, null, then);
        };
    }

    private void runAfterSave() {
        List<Runnable> waiting = List.copyOf(afterSave);
        afterSave.clear();
        waiting.forEach(Runnable::run);
    }

    private Locale locale() {
        return messages.locale();
    }
}
