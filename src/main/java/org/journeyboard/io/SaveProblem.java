package org.journeyboard.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in one plain sentence why saving a map failed, naming the file and the cause, for the dialog that keeps the
 * map open and unsaved. The cause is read from the exception and from the state of the folder, because the JDK
 * reports the same problem differently on each system.
 */
public final class SaveProblem {
    /** The causes a user can do something about; {@link #OTHER} shows the system's own words. */
    public enum Cause {
        NO_PERMISSION, DISK_FULL, FOLDER_GONE, PATH_TOO_LONG, OTHER
    }

    private SaveProblem() {
    }

    /** The sentence for a failed {@link JourneyFiles#write} of {@code target}, in {@code locale}. */
    public static String describe(IOException e, Path target, Locale locale) {
        Messages messages = new Messages(locale);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        String where = folder == null ? "" : folder.toString();
        Cause cause = causeOf(e, absolute);
        return switch (cause) {
            case NO_PERMISSION -> messages.text("save.noPermission", name, where);
            case DISK_FULL -> messages.text("save.diskFull", name, where);
            case FOLDER_GONE -> messages.text("save.folderGone", name, where);
            case PATH_TOO_LONG -> messages.text("save.pathTooLong", name, where, absolute.toString().length());
            case OTHER -> messages.text("save.other", name, where, reason(e));
        };
    }

    /** The cause of a failed save of {@code target}. */
    public static Cause causeOf(IOException e, Path target) {
        String text = (reason(e) + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("name too long") || text.contains("filename or extension is too long")
                || text.contains("path too long")) {
            return Cause.PATH_TOO_LONG;
        }
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota exceeded") || text.contains("file too large")) {
            return Cause.DISK_FULL;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException || folder != null && !Files.isDirectory(folder)) {
            return Cause.FOLDER_GONE;
        }
        if (e instanceof AccessDeniedException || text.contains("read-only file system")
                || text.contains("permission denied") || text.contains("access is denied")
                || text.contains("operation not permitted")) {
            return Cause.NO_PERMISSION;
        }
        return Cause.OTHER;
    }

    /** The system's own words, without the file name that the sentence already has. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
