package org.journeyboard.ui.window;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs slow work (reading a file) off the UI thread and hands the result back on it; tests run it in place. */
public interface Background {
    /** Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw, on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** In the calling thread, at once (tests). */
    Background IN_PLACE = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception | OutOfMemoryError e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };

    /** A daemon thread, results on the JavaFX thread. */
    static Background thread(String name) {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                Thread t = new Thread(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> done.accept(result));
                    } catch (Exception | OutOfMemoryError e) {
                        Platform.runLater(() -> failed.accept(e));
                    }
                }, name);
                t.setDaemon(true);
                t.start();
            }
        };
    }
}
