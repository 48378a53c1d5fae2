package org.journeyboard.io.recovery;

import java.io.IOException;
import java.nio.file.Path;
import org.journeyboard.io.AtomicFile;

/**
 * Writes a file of the recovery folder so that it is whole or absent at every moment, even under kill -9. Unlike
 * saving a user's map it keeps no backup. Temporary files carry the writer's process id, so that those of a killed
 * program can be told from those another running program is writing right now.
 */
final class SnapshotFile {
    static final String TEMP_SUFFIX = ".tmp";

    private SnapshotFile() {
    }

    static void write(Path target, byte[] data, long pid) throws IOException {
        AtomicFile.writeWhole(target, data, tempPrefix(pid) + target.getFileName() + ".", TEMP_SUFFIX);
    }

    static String tempPrefix(long pid) {
        return "." + pid + ".";
    }

    /** The process id in the name of a temporary file, or -1 if the name is not one of ours. */
    static long writerOfTemp(String fileName) {
        if (!fileName.startsWith(".") || !fileName.endsWith(TEMP_SUFFIX)) {
            return -1;
        }
        int dot = fileName.indexOf('.', 1);
        try {
            return dot < 0 ? -1 : Long.parseLong(fileName.substring(1, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
