package org.journeyboard.ui.window;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (reading or saving a file) off the UI thread and hands the outcome back on it; tests run it in place.
 * Every outcome reaches one of the two callbacks, a {@link StackOverflowError} or {@link LinkageError} too: a
 * "loading" or "saving" state that only a callback ends must never stay on for good.
 */
public interface Background {
    /** Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw, on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** In the calling thread, at once (tests). */
    Background IN_PLACE = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            Outcome<T> outcome = Outcome.of(work);
            outcome.deliver(done, failed);
        }
    };

    /** A daemon thread per task, results on the JavaFX thread. */
    static Background thread(String name) {
        return thread(name, Platform::runLater);
    }

    /** A daemon thread per task, results handed to {@code resultsOn} (the JavaFX thread in the app). */
    static Background thread(String name, Executor resultsOn) {
        Objects.requireNonNull(resultsOn);
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                Thread t = new Thread(() -> {
                    Outcome<T> outcome = Outcome.of(work);
                    resultsOn.execute(() -> outcome.deliver(done, failed));
                }, name);
                t.setDaemon(true);
                t.start();
            }
        };
    }

    /** What a task gave: its result or what it threw, whatever that was. */
    record Outcome<T>(T result, Throwable failure) {
        static <T> Outcome<T> of(Callable<T> work) {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Throwable e) {
                // anything: an Error thrown here would otherwise end the thread and leave both callbacks unrun
                return new Outcome<>(null, e);
            }
        }

        void deliver(Consumer<T> done, Consumer<Throwable> failed) {
            if (failure == null) {
                done.accept(result);
            } else {
                failed.accept(failure);
            }
        }
    }
}
