package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.TemplateKind;

/** Dialogs that answer from prepared queues and remember what they were asked, for tests without windows. */
final class FakeDialogs implements Dialogs {
    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final Deque<ChangedOnDiskChoice> changedAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    final Deque<Optional<String>> findAnswers = new ArrayDeque<>();
    final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    Optional<TemplateChoice> templateAnswer = Optional.empty();
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> informations = new ArrayList<>();
    TemplateKind preselectedTemplate;
    String suggestedName;
    List<RecoveryOffer> offered;

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        asked.add("unsaved:" + documentName);
        return next(unsavedAnswers, "unsaved");
    }

    @Override
    public ChangedOnDiskChoice askFileChangedOnDisk(Path file, String message) {
        asked.add("changed:" + message);
        return next(changedAnswers, "changed on disk");
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        asked.add("open");
        return next(openAnswers, "open");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggested) {
        asked.add("save");
        suggestedName = suggested;
        return next(saveAnswers, "save");
    }

    @Override
    public Optional<TemplateChoice> chooseTemplate(TemplateKind preselected, Language language) {
        asked.add("template");
        preselectedTemplate = preselected;
        return templateAnswer;
    }

    @Override
    public Optional<String> askFindText(String previous) {
        asked.add("find");
        return next(findAnswers, "find");
    }

    @Override
    public RecoveryChoice askRecovery(List<RecoveryOffer> offers) {
        asked.add("recovery");
        offered = offers;
        return next(recoveryAnswers, "recovery");
    }

    @Override
    public void showError(String header, String details) {
        errors.add(header + "\n" + details);
    }

    @Override
    public void showInformation(String header, String details) {
        informations.add(header + "\n" + details);
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question: " + what);
        }
        return answers.poll();
    }
}
