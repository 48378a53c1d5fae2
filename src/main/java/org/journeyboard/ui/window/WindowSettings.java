package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;

/** What the window remembers between runs (theme, language, last folder), in a preferences node. */
public final class WindowSettings {
    /** The user interface language: the system's, or chosen in the preferences. */
    public enum UiLanguage {
        SYSTEM, GERMAN, ENGLISH;

        /** The locale of the window's texts: German or English, whatever else the system speaks. */
        public Locale locale(Locale system) {
            return switch (this) {
                case GERMAN -> Locale.GERMAN;
                case ENGLISH -> Locale.ENGLISH;
                case SYSTEM -> "de".equals(system.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
            };
        }
    }

    /** The chrome's room in English at 100 % scale, as measured; the first start uses it. */
    static final Insets DEFAULT_CHROME_SPACE = new Insets(74, 300, 23, 230);

    private final Preferences node;

    /** Settings kept in {@code node}; the app uses {@link #userNode()}, tests a throwaway node. */
    public WindowSettings(Preferences node) {
        this.node = node;
    }

    /** The app's node in the user's preferences. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("org/journeyboard/window");
    }

    public Preferences node() {
        return node;
    }

    public Theme theme() {
        return Theme.ofName(node.get("theme", Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name());
        flushQuietly(node);
    }

    public UiLanguage language() {
        try {
            return UiLanguage.valueOf(node.get("language", UiLanguage.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return UiLanguage.SYSTEM;
        }
    }

    public void setLanguage(UiLanguage language) {
        node.put("language", language.name());
        flushQuietly(node);
    }

    /** The folder of the last file opened or saved, or null. */
    public Path lastFolder() {
        String value = node.get("lastFolder", null);
        try {
            return value == null ? null : Path.of(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void setLastFolder(Path folder) {
        if (folder != null) {
            node.put("lastFolder", folder.toString());
            flushQuietly(node);
        }
    }

    /**
     * The room the menus, toolbar, panels and status line took around the map when last shown (top, right, bottom,
     * left): the first frame of a map opened at start keeps it free, so the map stays put when they arrive (ADR 6).
     */
    public Insets chromeSpace() {
        String[] v = node.get("chromeSpace", "").trim().split(" ");
        try {
            if (v.length == 4) {
                return new Insets(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        Double.parseDouble(v[3]));
            }
        } catch (NumberFormatException e) {
            // a damaged value: the defaults below
        }
        return DEFAULT_CHROME_SPACE;
    }

    public void setChromeSpace(Insets space) {
        if (!space.equals(chromeSpace())) {
            node.put("chromeSpace", space.getTop() + " " + space.getRight() + " " + space.getBottom() + " "
                    + space.getLeft());
            flushQuietly(node);
        }
    }

    /**
     * Writes {@code node} to the backing store a moment later, in a thread of its own: the first write of a run loads
     * an XML writer and charsets, which neither the UI thread nor the start-up's first frames should wait for (opening
     * a file at start records it in the recent files). Writes asked for meanwhile go together. The JDK writes whatever
     * is still pending when the program ends.
     */
    static void flushQuietly(Preferences node) {
        synchronized (PENDING) {
            if (!PENDING.add(node)) {
                return;
            }
        }
        FLUSHING.schedule(() -> {
            synchronized (PENDING) {
                PENDING.remove(node);
            }
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // preferences are a convenience: losing them must never stop the editor
            }
        }, FLUSH_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Long enough for a start to have painted its first frames before the first write. */
    private static final long FLUSH_DELAY_MS = 3000;
    private static final Set<Preferences> PENDING = new HashSet<>();
    private static final ScheduledExecutorService FLUSHING = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "journeyboard-preferences");
        t.setDaemon(true);
        return t;
    });
}
