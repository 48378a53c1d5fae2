package org.journeyboard.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.journeyboard.model.JourneyMap;

/**
 * The document's undo/redo history: the current map, unlimited undo and redo, a dirty mark relative to the last
 * save, and merging of consecutive small edits of one field into one step.
 *
 * <p>Undo restores the exact earlier map (edits are pure, maps immutable), so it cannot drift from what the user saw.
 *
 * <p>Merging: an edit with a merge key joins the top undo step when that step was made by an edit of the same key,
 * nothing was undone, redone or saved since, and at most {@link #DEFAULT_MERGE_WINDOW} has passed since the step's
 * last edit. The window is measured from the latest keystroke, not the first, so continuous typing stays one step
 * and a pause starts a new one. If merged typing brings the field back to where the step started, the step vanishes.
 *
 * <p>Not thread-safe: the editor drives it from its UI thread; other threads read {@link #current()} snapshots.
 */
public final class History {
    /** How long a pause in typing may be before the next edit of the same field becomes its own undo step. */
    public static final Duration DEFAULT_MERGE_WINDOW = Duration.ofSeconds(2);

    /** One undo step: the edit (for its name), the maps on both sides, and a token per map for the dirty mark. */
    private record Step(Edit edit, JourneyMap before, long beforeToken, JourneyMap after, long afterToken,
                        Instant lastEdit) {
    }

    private final Clock clock;
    private final Duration mergeWindow;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private JourneyMap current;
    // Tokens name states; the map is dirty when the current state is not the saved one. Comparing tokens instead
    // of maps costs nothing and treats "changed and changed back by hand" as dirty, as editors usually do.
    private long currentToken;
    private long savedToken;
    private long nextToken;
    private boolean mergeOpen;

    /** A history starting at {@code initial}, which counts as saved; merges within {@link #DEFAULT_MERGE_WINDOW}. */
    public History(JourneyMap initial) {
        this(initial, Clock.systemUTC(), DEFAULT_MERGE_WINDOW);
    }

    /** A history with its own clock and merge window (tests use a fixed clock; {@link Duration#ZERO} never merges). */
    public History(JourneyMap initial, Clock clock, Duration mergeWindow) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mergeWindow = Objects.requireNonNull(mergeWindow, "mergeWindow");
        if (mergeWindow.isNegative()) {
            throw new IllegalArgumentException("the merge window cannot be negative: " + mergeWindow);
        }
        start(initial);
    }

    public JourneyMap current() {
        return current;
    }

    /**
     * Applies {@code edit} to the current map and records it (or merges it into the top step); clears redo.
     * Returns the new current map. An edit that changes nothing is not recorded and leaves redo intact.
     * If the edit throws, nothing changes.
     */
    public JourneyMap apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        JourneyMap next = edit.apply(current);
        if (next.equals(current)) {
            return current;
        }
        Instant now = clock.instant();
        redo.clear();
        Step top = undo.peek();
        if (top != null && mayMerge(top, edit, now)) {
            undo.pop();
            if (next.equals(top.before())) {
                current = next;
                currentToken = top.beforeToken();
                mergeOpen = false;
            } else {
                undo.push(new Step(edit, top.before(), top.beforeToken(), next, newToken(), now));
                moveTo(next, undo.peek().afterToken());
                mergeOpen = true;
            }
        } else {
            undo.push(new Step(edit, current, currentToken, next, newToken(), now));
            moveTo(next, undo.peek().afterToken());
            mergeOpen = edit.mergeKey().isPresent();
        }
        fire();
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit that {@link #undo()} would take back, for a menu item like "Undo Move card". */
    public Optional<Edit> undoEdit() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    /** The edit that {@link #redo()} would apply again. */
    public Optional<Edit> redoEdit() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    /** Takes back the last step and returns the map before it; throws IllegalStateException if there is none. */
    public JourneyMap undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Step step = undo.pop();
        redo.push(step);
        moveTo(step.before(), step.beforeToken());
        mergeOpen = false;
        fire();
        return current;
    }

    /** Applies the last undone step again and returns its map; throws IllegalStateException if there is none. */
    public JourneyMap redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Step step = redo.pop();
        undo.push(step);
        moveTo(step.after(), step.afterToken());
        mergeOpen = false;
        fire();
        return current;
    }

    /** Whether the current map differs from the last saved (or opened) one, counted in steps, not content. */
    public boolean isDirty() {
        return currentToken != savedToken;
    }

    /** Records that the current map has just been saved; the next edit starts a new undo step. */
    public void markSaved() {
        markSaved(checkpoint());
    }

    /**
     * Names the current state, for {@link #markSaved(long)} once a save of it has finished, or for asking later
     * whether anything changed since; the next edit starts a new undo step, so that undo can come back to it.
     */
    public long checkpoint() {
        mergeOpen = false;
        return currentToken;
    }

    /**
     * Records that the state {@code checkpoint} names has been saved (a save in the background began at it): the map
     * is dirty again if it was edited meanwhile, and clean again when undo or redo comes back to that state.
     */
    public void markSaved(long checkpoint) {
        savedToken = checkpoint;
        if (checkpoint == currentToken) {
            mergeOpen = false;
        }
        fire();
    }

    /** Whether the current state is the one {@code checkpoint} names (nothing changed since, or undone back). */
    public boolean isAt(long checkpoint) {
        return currentToken == checkpoint;
    }

    /** Starts over at {@code map} (after opening a file): empty undo and redo, not dirty. */
    public void reset(JourneyMap map) {
        start(map);
        fire();
    }

    /** Calls {@code listener} after every change of the current map, the dirty mark or undo/redo availability. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private boolean mayMerge(Step top, Edit edit, Instant now) {
        Optional<String> key = edit.mergeKey();
        return mergeOpen
                && key.isPresent()
                && key.equals(top.edit().mergeKey())
                && top.afterToken() != savedToken
                && !now.isBefore(top.lastEdit())
                && Duration.between(top.lastEdit(), now).compareTo(mergeWindow) <= 0
                && !mergeWindow.isZero();
    }

    private void start(JourneyMap map) {
        undo.clear();
        redo.clear();
        current = Objects.requireNonNull(map, "map");
        currentToken = newToken();
        savedToken = currentToken;
        mergeOpen = false;
    }

    private void moveTo(JourneyMap map, long token) {
        current = map;
        currentToken = token;
    }

    private long newToken() {
        return nextToken++;
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
