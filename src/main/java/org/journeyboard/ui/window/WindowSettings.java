package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

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

    static void flushQuietly(Preferences node) {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // preferences are a convenience: losing them must never stop the editor
        }
    }
}
