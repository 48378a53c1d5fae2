package org.journeyboard.io;

import java.util.List;
import java.util.stream.Collectors;

/** A map file that cannot be opened: every problem found, each ready to show to a user (no stack trace needed). */
public class JourneyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public JourneyFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The problems in file order; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
