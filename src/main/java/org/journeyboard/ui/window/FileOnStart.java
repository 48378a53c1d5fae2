package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The map file named on the command line, read while JavaFX starts, so that the window's first frame can show the map
 * (ADR 6). Reading, validating and a first layout (which loads the font metrics) run in a thread of their own; the
 * window's session then waits for the result off the UI thread, as for any other file.
 */
public final class FileOnStart {
    private final Path file;
    private final CompletableFuture<Locale> locale = new CompletableFuture<>();
    private final CompletableFuture<LoadedFile> loaded = new CompletableFuture<>();

    private FileOnStart(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    /**
     * Starts reading {@code file} with messages in the window's language, which {@code windowLocale} finds (from the
     * preferences, in the same thread, so that the toolkit's start need not wait for them).
     */
    public static FileOnStart read(Path file, Supplier<Locale> windowLocale) {
        FileOnStart start = new FileOnStart(file);
        Thread t = new Thread(() -> {
            Locale l = windowLocale.get();
            start.locale.complete(l);
            start.readNow(MapFiles.onDisk(l));
        }, "journeyboard-open-at-start");
        t.setDaemon(true);
        t.start();
        return start;
    }

    /** Reads {@code file} through {@code files} in the calling thread (tests). */
    static FileOnStart readInPlace(Path file, Locale windowLocale, MapFiles files) {
        FileOnStart start = new FileOnStart(file);
        start.locale.complete(windowLocale);
        start.readNow(files);
        return start;
    }

    private void readNow(MapFiles files) {
        try {
            // laid out here too (which loads the font metrics), so that the UI thread only paints
            loaded.complete(LoadedFile.read(file, files).laidOut());
        } catch (Throwable e) {
            loaded.completeExceptionally(e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether this is {@code other} read for a window in {@code windowLocale} (whose messages it carries). */
    public boolean isFor(Path other, Locale windowLocale) {
        return file.equals(other) && windowLocale.equals(locale.join());
    }

    /** The map and stamp, waiting for the reading if need be; throws what reading threw. */
    LoadedFile await() throws Exception {
        try {
            return loaded.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
