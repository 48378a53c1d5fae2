package org.journeyboard.ui;

import java.nio.file.Path;
import org.journeyboard.model.JourneyMap;

/** How the window reads a map file; tests put in their own to show maps or provoke errors without files. */
@FunctionalInterface
public interface MapFileReader {
    JourneyMap read(Path file) throws Exception;
}
