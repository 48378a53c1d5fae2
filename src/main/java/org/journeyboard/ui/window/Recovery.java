package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.List;
import org.journeyboard.model.JourneyMap;

/**
 * The window's view of crash safety: background snapshots of unsaved maps and, at start, the ones a crashed run left
 * behind. The app plugs in the io.recovery store and autosaver; tests and the no-op {@link #NONE} need no disk.
 */
public interface Recovery {
    /** The latest state of a document, after every change; must return at once. */
    void update(String documentId, JourneyMap map, Path file, boolean unsaved);

    /** Write pending snapshots soon (the window lost the focus); must return at once. */
    void saveSoon();

    /** The document was saved: its snapshot is no longer needed. */
    void saved(String documentId);

    /** The document was closed normally (saved or deliberately not): drop its snapshot. */
    void closed(String documentId);

    /** The maps earlier runs left unsaved. */
    List<RecoveryOffer> offers();

    /** Reads a left-behind map. */
    JourneyMap load(RecoveryOffer offer) throws Exception;

    /** Throws a left-behind map away. */
    void discard(RecoveryOffer offer);

    /** Writes what is pending and stops (on quit). */
    void shutDown();

    /** No snapshots at all. */
    Recovery NONE = new Recovery() {
        @Override
        public void update(String documentId, JourneyMap map, Path file, boolean unsaved) {
        }

        @Override
        public void saveSoon() {
        }

        @Override
        public void saved(String documentId) {
        }

        @Override
        public void closed(String documentId) {
        }

        @Override
        public List<RecoveryOffer> offers() {
            return List.of();
        }

        @Override
        public JourneyMap load(RecoveryOffer offer) {
            throw new IllegalStateException("nothing to recover");
        }

        @Override
        public void discard(RecoveryOffer offer) {
        }

        @Override
        public void shutDown() {
        }
    };
}
