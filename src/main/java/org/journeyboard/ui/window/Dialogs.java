package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;

/**
 * Every question and message the window puts to the user, behind one interface so that the document logic is tested
 * with a fake instead of real windows.
 */
public interface Dialogs {
    /** The answer to "Save changes to …?". */
    enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    /** The answer to "The file changed on disk since it was opened". */
    enum ChangedOnDiskChoice { RELOAD, OVERWRITE, SAVE_AS, CANCEL }

    /** A template and the language the new map is written in. */
    record TemplateChoice(TemplateKind kind, Language language) {
    }

    /** What to do with the maps left behind by an earlier run: at most one to restore, and the ones to throw away. */
    record RecoveryChoice(Optional<RecoveryOffer> restore, List<RecoveryOffer> discard) {
        /** Decide later: keep every snapshot for the next start. */
        public static final RecoveryChoice LATER = new RecoveryChoice(Optional.empty(), List.of());
    }

    /** Asks whether to save the unsaved changes of {@code documentName} before they would be lost. */
    UnsavedChoice askToSaveChanges(String documentName);

    /** Warns that {@code file} changed on disk since it was opened or saved; {@code message} says so in words. */
    ChangedOnDiskChoice askFileChangedOnDisk(Path file, String message);

    /** A map file to open, starting in {@code folder} (may be null). */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Where to save, starting in {@code folder} (may be null) with {@code suggestedName}. */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /** A template for a new map; {@code preselected} is chosen when the dialog opens. */
    Optional<TemplateChoice> chooseTemplate(TemplateKind preselected, Language language);

    /** The text to find on the cards. */
    Optional<String> askFindText(String previous);

    /** Offers the maps a crashed run left behind. */
    RecoveryChoice askRecovery(List<RecoveryOffer> offers);

    /** Shows a problem: {@code header} says what failed, {@code details} why, in the user's words. */
    void showError(String header, String details);

    /** Shows a short piece of information (nothing found, preference takes effect on restart). */
    void showInformation(String header, String details);
}
