package org.journeyboard.ui.window;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The maps opened or saved last, newest first, kept between runs in a preferences node. */
public final class RecentFiles {
    /** How many files the menu and the welcome view offer. */
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** Recent files kept in {@code node} (tests pass a throwaway node). */
    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                break;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                // a path written on another system: not worth offering, and not worth failing the start for
            }
        }
    }

    /** Newest first; observed by the menu and the welcome view. */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Puts {@code file} first (it was just opened or saved). */
    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(normal);
        next.add(0, normal);
        replace(next.size() > MAX ? next.subList(0, MAX) : next);
    }

    /** Forgets {@code file} (it could not be opened any more). */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize()) || next.remove(file)) {
            replace(next);
        }
    }

    public void clear() {
        replace(List.of());
    }

    private void replace(List<Path> next) {
        List<Path> copy = List.copyOf(next);
        files.setAll(copy);
        for (int i = 0; i < MAX; i++) {
            if (i < copy.size()) {
                node.put(KEY + i, copy.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        WindowSettings.flushQuietly(node);
    }
}
