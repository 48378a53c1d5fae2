package org.journeyboard.interop;

import org.journeyboard.model.JourneyMap;

/** A map written as a mermaid {@code journey} diagram (see {@link MermaidFromJourney} for what goes where). */
public final class MermaidExport {
    /** The file extension of mermaid diagrams. */
    public static final String EXTENSION = ".mmd";

    private MermaidExport() {
    }

    /** The diagram's text, LF line ends, ending in a line end. */
    public static String text(JourneyMap map) {
        return MermaidWriter.text(MermaidFromJourney.journey(map));
    }

    /** The diagram before it is laid out as text, texts escaped as mermaid reads them back. */
    public static MermaidJourney journey(JourneyMap map) {
        return MermaidFromJourney.journey(map);
    }
}
