package org.journeyboard.ui.window;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.journeyboard.ui.Messages;

/** The sentence a user reads when saving failed (until io.SaveProblem describes the causes in more detail). */
final class SaveFailures {
    private SaveFailures() {
    }

    static String describe(Exception e, Path target, Messages messages) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof AccessDeniedException) {
            return messages.get("error.save.denied", folder);
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("error.save.noFolder", folder);
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return messages.get("error.save.other", reason == null ? e.getClass().getSimpleName() : reason);
    }
}
