package org.journeyboard.interop;

import java.util.List;

/**
 * A mermaid journey as mermaid's journey database holds it after parsing: texts as they stand in the diagram
 * (entity codes such as {@code #58;} and {@code <br>} still written out), sections in order, tasks in order. Empty
 * strings where the diagram has no title, accTitle or accDescr.
 */
public record MermaidJourney(String title, String accTitle, String accDescr, List<String> sections,
                             List<Task> tasks) {
    public MermaidJourney {
        title = title == null ? "" : title;
        accTitle = accTitle == null ? "" : accTitle;
        accDescr = accDescr == null ? "" : accDescr;
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    /**
     * One task line. {@code section} is the index into {@link #sections}, -1 for a task before the first section;
     * {@code score} is what JavaScript's Number makes of {@code scoreText} (NaN when it is not a number);
     * {@code ignored} is the text after a third colon, which mermaid drops; {@code line} and {@code column} are
     * where the score stands in the file (0 for a task that was not read from a file).
     */
    public record Task(int section, String name, String scoreText, double score, List<String> actors, String ignored,
                       int line, int column) {
        public Task {
            actors = List.copyOf(actors);
            ignored = ignored == null ? "" : ignored;
        }

        /** A task as a writer makes it. */
        public Task(int section, String name, int score, List<String> actors) {
            this(section, name, Integer.toString(score), score, actors, "", 0, 0);
        }
    }
}
