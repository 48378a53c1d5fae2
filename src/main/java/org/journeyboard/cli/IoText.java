package org.journeyboard.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns an I/O failure into a short reason a user understands, without a stack trace. */
final class IoText {
    private IoText() {
    }

    static String reason(IOException e, Locale locale) {
        if (e instanceof AccessDeniedException) {
            return CliText.get(locale, "io.accessDenied");
        }
        if (e instanceof NoSuchFileException n) {
            return CliText.get(locale, "io.noSuchFile", n.getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
