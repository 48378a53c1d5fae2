package org.journeyboard.io.recovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.journeyboard.model.JourneyMap;

/**
 * Writes recovery snapshots of unsaved maps in the background, so that a crash loses at most one interval of work.
 *
 * <p>The UI tells it the latest state after every change with {@link #update}, which only stores a reference (maps
 * are immutable), so the UI never waits. A daemon thread writes each document whose state is dirty and changed since
 * its last snapshot, every {@code interval} and as soon as {@link #saveSoon()} is called (the window lost focus).
 * A document that becomes clean (saved, or undone back to its saved state), is {@link #saved} or {@link #closed}
 * loses its snapshot. Failed writes are logged and retried at the next interval; they never reach the UI, which
 * may look at {@link #lastFailure()}.
 */
public final class Autosaver implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /** What the UI last said about one document; seq orders the states. */
    private record State(JourneyMap map, Path file, boolean dirty, long seq) {
    }

    private final RecoveryStore store;
    private final long intervalNanos;
    private final Map<String, State> latest = new ConcurrentHashMap<>();
    private final Queue<String> toDiscard = new ConcurrentLinkedQueue<>();
    private final AtomicLong seq = new AtomicLong();
    private final Object passLock = new Object();
    /** Which state of each document is on disk; touched only under passLock. */
    private final Map<String, Long> written = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception lastFailure;

    /** Starts the background thread; {@code interval} is 30 s in the app. */
    public Autosaver(RecoveryStore store, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.store = Objects.requireNonNull(store);
        this.intervalNanos = interval.toNanos();
        this.thread = new Thread(this::run, "journeyboard-autosave");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The latest state of a document, to be called after every change (and after loading and saving). Constant
     * time, never blocks, safe from any thread.
     *
     * @param file  the user's file of the map, or null for a map not saved yet (only shown in the recovery list)
     * @param dirty whether the map has changes that are not in its file; only dirty maps get a snapshot
     */
    public void update(String documentId, JourneyMap map, Path file, boolean dirty) {
        latest.put(documentId, new State(map, file, dirty, seq.incrementAndGet()));
    }

    /** Writes pending snapshots now, in the background; for when the window loses focus. Never blocks. */
    public void saveSoon() {
        LockSupport.unpark(thread);
    }

    /** The document was saved to its file: its snapshot is no longer needed. Never blocks. */
    public void saved(String documentId) {
        latest.computeIfPresent(documentId, (id, s) -> new State(s.map, s.file, false, seq.incrementAndGet()));
        toDiscard.add(documentId);
        LockSupport.unpark(thread);
    }

    /** The document was closed (saved or deliberately not): forget it and remove its snapshot. Never blocks. */
    public void closed(String documentId) {
        latest.remove(documentId);
        toDiscard.add(documentId);
        LockSupport.unpark(thread);
    }

    /**
     * Does one round of writing and discarding in the calling thread and returns when it is done. Blocks for the
     * time of the writes: for tests and shutdown, not for the UI thread.
     */
    public void flush() {
        synchronized (passLock) {
            String id;
            while ((id = toDiscard.poll()) != null) {
                if (!latest.containsKey(id) || !latest.get(id).dirty()) {
                    store.discard(id);
                    written.remove(id);
                }
            }
            for (Map.Entry<String, State> entry : latest.entrySet()) {
                write(entry.getKey(), entry.getValue());
            }
        }
    }

    /** The last write that failed, until a later write succeeds. */
    public Optional<Exception> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * Stops the thread after its current write, then does a last round, so that the snapshots match what the UI
     * said last: closed documents have none, dirty ones have their latest state.
     */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private void write(String id, State state) {
        Long onDisk = written.get(id);
        try {
            if (state.dirty()) {
                if (onDisk == null || onDisk != state.seq()) {
                    store.save(id, state.map(), state.file());
                    written.put(id, state.seq());
                }
            } else if (onDisk != null) {
                store.discard(id);
                written.remove(id);
            }
            lastFailure = null;
        } catch (IOException | RuntimeException e) {
            lastFailure = e;
            LOG.log(Level.WARNING, "autosave of '" + state.map().title() + "' failed; retrying later", e);
        }
    }

    private void run() {
        while (running) {
            LockSupport.parkNanos(this, intervalNanos);
            if (!running) {
                return;
            }
            try {
                flush();
            } catch (Throwable t) {
                // the thread must outlive any one bad round, or autosave would silently stop for the session
                lastFailure = t instanceof Exception e ? e : new RuntimeException(t);
                LOG.log(Level.ERROR, "autosave round failed", t);
            }
        }
    }
}
