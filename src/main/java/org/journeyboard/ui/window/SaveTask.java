package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.journeyboard.io.FileStamp;
import org.journeyboard.model.JourneyMap;

/**
 * The slow part of a save, off the UI thread: compare the file with what it looked like when opened (a hash of the
 * whole file), write the map through {@link MapFiles} (io/AtomicFile: temporary file, fsync, move), and take the new
 * stamp (another hash).
 *
 * @param expected what the file must still look like, or null to write without looking (a new file, Overwrite)
 */
record SaveTask(JourneyMap map, Path target, FileStamp expected, MapFiles files) implements Callable<SaveTask.Result> {
    /** Either written, with the file's new stamp (null if it cannot be read back), or not written: changed on disk. */
    record Result(boolean changedOnDisk, FileStamp stamp) {
    }

    SaveTask {
        Objects.requireNonNull(map);
        Objects.requireNonNull(target);
        Objects.requireNonNull(files);
    }

    @Override
    public Result call() throws Exception {
        if (expected != null && expected.changedSince(target)) {
            return new Result(true, null);
        }
        files.write(map, target);
        return new Result(false, LoadedFile.stampOf(target));
    }
}
