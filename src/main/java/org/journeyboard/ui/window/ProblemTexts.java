package org.journeyboard.ui.window;

import java.util.stream.Collectors;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.Problem;
import org.journeyboard.ui.Messages;

/** The words a user reads for a file that could not be opened: the reader's own messages, never a stack trace. */
final class ProblemTexts {
    /** More problems than this are summarised, so that a dialog never grows taller than the screen. */
    static final int MAX_SHOWN = 20;

    private ProblemTexts() {
    }

    static String of(Throwable e, Messages messages) {
        if (e instanceof JourneyFileException f && !f.problems().isEmpty()) {
            String shown = f.problems().stream().limit(MAX_SHOWN).map(ProblemTexts::line)
                    .collect(Collectors.joining("\n"));
            int more = f.problems().size() - MAX_SHOWN;
            return more > 0 ? shown + "\n" + messages.get("error.open.more", more) : shown;
        }
        return messages.get("error.unexpected", e.getClass().getSimpleName());
    }

    /** A problem without the file's full path, which the dialog's header already names. */
    private static String line(Problem p) {
        return p.inFile("").toString();
    }
}
