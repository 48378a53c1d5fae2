package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyboard.model.JourneyMap;

/** A recovery store in memory that remembers what the window told it. */
final class FakeRecovery implements Recovery {
    /** The latest unsaved state per document, as an autosaver would have written it. */
    final Map<String, JourneyMap> snapshots = new HashMap<>();
    final List<RecoveryOffer> offers = new ArrayList<>();
    final Map<String, JourneyMap> leftBehind = new HashMap<>();
    final List<String> discarded = new ArrayList<>();
    int saveSoonCalls;
    boolean shutDown;

    @Override
    public void update(String documentId, JourneyMap map, Path file, boolean unsaved) {
        if (unsaved) {
            snapshots.put(documentId, map);
        } else {
            snapshots.remove(documentId);
        }
    }

    @Override
    public void saveSoon() {
        saveSoonCalls++;
    }

    @Override
    public void saved(String documentId) {
        snapshots.remove(documentId);
    }

    @Override
    public void closed(String documentId) {
        snapshots.remove(documentId);
    }

    @Override
    public List<RecoveryOffer> offers() {
        return List.copyOf(offers);
    }

    @Override
    public JourneyMap load(RecoveryOffer offer) {
        return leftBehind.get(offer.id());
    }

    @Override
    public void discard(RecoveryOffer offer) {
        discarded.add(offer.id());
        offers.remove(offer);
    }

    @Override
    public void shutDown() {
        shutDown = true;
    }
}
