package org.journeyboard.ui.export;

import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/**
 * A dialog's background work whose outcome is what its thread really did. A JavaFX {@link Task} reports "cancelled"
 * on the FX thread as soon as Cancel is pressed, while its thread may still be finishing (an export past its last
 * check moves its files into place all the same); the dialog therefore tells the outcome only when the thread has
 * ended, from {@link #outcome()}.
 */
abstract class BackgroundWork<T> extends Task<T> {
    private volatile boolean ended;
    private volatile T result;
    private volatile Throwable failure;

    /** The work, on the background thread; throws {@link CancellationException} when it stopped on a Cancel. */
    protected abstract T work() throws Exception;

    @Override
    protected final T call() throws Exception {
        try {
            T value = work();
            result = value;
            return value;
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            ended = true;
        }
    }

    /** What the work did, once its thread has ended: a value, or the throwable it stopped with. */
    final Outcome<T> outcome() {
        if (!ended) {
            // cancelled before it started: the work never ran
            return new Outcome<>(null, new CancellationException());
        }
        if (failure != null && isCancelled()) {
            // Cancel interrupts the thread; whatever the work stopped with then (an interrupted write, say) is Cancel
            return new Outcome<>(null, new CancellationException());
        }
        return new Outcome<>(result, failure);
    }

    /** A value ({@code failure} null) or a failure; a {@link CancellationException} failure means it stopped on Cancel. */
    record Outcome<T>(T value, Throwable failure) {
        boolean cancelled() {
            return failure instanceof CancellationException;
        }
    }
}
