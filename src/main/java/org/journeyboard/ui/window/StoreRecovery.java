package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeyboard.io.recovery.Autosaver;
import org.journeyboard.io.recovery.RecoveredMap;
import org.journeyboard.io.recovery.RecoveryStore;
import org.journeyboard.model.JourneyMap;

/** Crash safety on disk: io.recovery's store for left-behind maps and its autosaver for the open one. */
public final class StoreRecovery implements Recovery {
    /** How often an unsaved map is written to the recovery folder (and whenever the window loses the focus). */
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private final RecoveryStore store;
    private final Autosaver autosaver;
    private final Locale locale;
    private final Map<String, RecoveredMap> listed = new ConcurrentHashMap<>();

    /** Snapshots in {@code store} every {@code interval}; problems of unreadable snapshots in {@code locale}. */
    public StoreRecovery(RecoveryStore store, Duration interval, Locale locale) {
        this.store = store;
        this.autosaver = new Autosaver(store, interval);
        this.locale = locale;
    }

    /** The user's recovery folder, a snapshot every 30 seconds. */
    public static StoreRecovery inUserDataDir(Locale locale) {
        return new StoreRecovery(RecoveryStore.inUserDataDir(), INTERVAL, locale);
    }

    @Override
    public void update(String documentId, JourneyMap map, Path file, boolean unsaved) {
        autosaver.update(documentId, map, file, unsaved);
    }

    @Override
    public void saveSoon() {
        autosaver.saveSoon();
    }

    @Override
    public void saved(String documentId) {
        autosaver.saved(documentId);
    }

    @Override
    public void closed(String documentId) {
        autosaver.closed(documentId);
    }

    @Override
    public List<RecoveryOffer> offers() {
        listed.clear();
        return store.list().stream().map(r -> {
            listed.put(r.documentId(), r);
            return new RecoveryOffer(r.documentId(), r.title(), r.originalFile(), r.savedAt());
        }).toList();
    }

    @Override
    public JourneyMap load(RecoveryOffer offer) throws Exception {
        RecoveredMap recovered = listed.get(offer.id());
        if (recovered == null) {
            throw new IllegalStateException("not offered: " + offer.id());
        }
        return store.load(recovered, locale);
    }

    @Override
    public void discard(RecoveryOffer offer) {
        store.discard(offer.id());
    }

    @Override
    public void shutDown() {
        autosaver.close();
    }
}
