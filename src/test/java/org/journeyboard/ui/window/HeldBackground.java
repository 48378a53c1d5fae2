package org.journeyboard.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A background whose tasks wait until the test lets them finish, in any order: for late results (an open that
 * finishes after a newer one, a save during which the user goes on editing).
 */
final class HeldBackground implements Background {
    /** One task not finished yet: {@link #finish()} runs its work and hands the outcome to its callback. */
    final class Task<T> {
        private final Callable<T> work;
        private final Consumer<T> done;
        private final Consumer<Throwable> failed;

        private Task(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            this.work = work;
            this.done = done;
            this.failed = failed;
        }

        void finish() {
            held.remove(this);
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    }

    private final List<Task<?>> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        held.add(new Task<>(work, done, failed));
    }

    /** The tasks waiting, oldest first. */
    List<Task<?>> held() {
        return List.copyOf(held);
    }

    /** Finishes the oldest task. */
    void finishOldest() {
        if (held.isEmpty()) {
            throw new AssertionError("no task is waiting");
        }
        held.get(0).finish();
    }

    /** Finishes tasks until none waits (tasks started by callbacks included). */
    void finishAll() {
        while (!held.isEmpty()) {
            finishOldest();
        }
    }
}
