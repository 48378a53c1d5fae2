package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BackgroundTest {
    /** Whatever a task throws, one callback runs: an Error other than OutOfMemoryError too. */
    static List<Throwable> failures() {
        return List.of(new StackOverflowError(), new LinkageError("Nachbar erzählt vom Einbruch – „sofort“ 24/7 😀"),
                new NoClassDefFoundError("org/journeyboard/Gone"), new OutOfMemoryError(),
                new IllegalStateException("kaputt"), new java.io.IOException("Datenträger voll"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void inPlaceHandsEveryFailureToTheFailedCallback(Throwable thrown) {
        Throwable[] seen = new Throwable[1];
        Background.IN_PLACE.<String>run(() -> {
            throw sneaky(thrown);
        }, r -> { throw new AssertionError("no result expected"); }, e -> seen[0] = e);
        assertThat(seen[0]).isSameAs(thrown);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aThreadHandsEveryFailureToTheFailedCallback(Throwable thrown) throws InterruptedException {
        BlockingQueue<Runnable> results = new ArrayBlockingQueue<>(1);
        BlockingQueue<Object> outcome = new ArrayBlockingQueue<>(1);
        Background.thread("test-background", results::add).<String>run(() -> {
            throw sneaky(thrown);
        }, outcome::add, outcome::add);
        Runnable delivery = results.poll(30, TimeUnit.SECONDS);
        assertThat(delivery).as("the outcome is handed back").isNotNull();
        delivery.run();
        assertThat(outcome.poll()).isSameAs(thrown);
    }

    @Test
    void aResultStillReachesTheDoneCallback() throws InterruptedException {
        BlockingQueue<Runnable> results = new ArrayBlockingQueue<>(1);
        BlockingQueue<Object> outcome = new ArrayBlockingQueue<>(1);
        Callable<String> work = () -> "Karte „Anruf“ – erledigt ✓";
        Background.thread("test-background", results::add).run(work, outcome::add, outcome::add);
        results.poll(30, TimeUnit.SECONDS).run();
        assertThat(outcome.poll()).isEqualTo("Karte „Anruf“ – erledigt ✓");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
