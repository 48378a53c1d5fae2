package org.journeyboard.ui.window;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.MapDocument;

/**
 * The second map of File › Compare with…: asked for through the window's {@link Dialogs}, read in the background
 * like every file, and handed over only while the map it is to be compared with is still the open one.
 */
final class MapToCompare {
    private final Dialogs dialogs;
    private final MapFiles files;
    private final Background background;
    private final WindowSettings settings;
    private final Messages messages;
    private final Supplier<MapDocument> openMap;

    MapToCompare(Dialogs dialogs, MapFiles files, Background background, WindowSettings settings, Messages messages,
                 Supplier<MapDocument> openMap) {
        this.dialogs = dialogs;
        this.files = files;
        this.background = background;
        this.settings = settings;
        this.messages = messages;
        this.openMap = openMap;
    }

    /**
     * Asks for a map file and reads it; {@code show} gets it with its file, unless another map was opened, made or
     * closed meanwhile (then nobody wants the result any more). A file that cannot be read shows its problems; the
     * open map stays as it is either way. Without an open map nothing is asked.
     */
    void choose(BiConsumer<Path, JourneyMap> show) {
        MapDocument asked = openMap.get();
        if (asked == null) {
            return;
        }
        dialogs.chooseFileToOpen(settings.lastFolder()).ifPresent(file -> background.run(() -> files.read(file),
                other -> {
                    if (openMap.get() == asked) {
                        show.accept(file, other);
                    }
                }, problem -> {
                    if (openMap.get() == asked) {
                        dialogs.showError(messages.get("error.open.header", file.getFileName()),
                                ProblemTexts.of(problem, messages));
                    }
                }));
    }
}
