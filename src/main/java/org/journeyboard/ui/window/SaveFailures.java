package org.journeyboard.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import org.journeyboard.io.SaveProblem;
import org.journeyboard.ui.Messages;

/** The sentence a user reads when saving failed: io's {@link SaveProblem} for file system causes. */
final class SaveFailures {
    private SaveFailures() {
    }

    static String describe(Throwable e, Path target, Messages messages) {
        if (e instanceof IOException io) {
            return SaveProblem.describe(io, target, messages.locale());
        }
        return messages.get("error.unexpected", e.getClass().getSimpleName());
    }
}
