package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one read, each with the file, the path and, from the parser, line and column. */
final class ProblemLog {
    private final String file;
    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>();

    ProblemLog(String file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String file() {
        return file;
    }

    /** A problem with the value the parser is on. */
    void at(JsonParser p, String key, Object... args) {
        JsonLocation loc = p.currentTokenLocation();
        problems.add(problem(JsonPaths.of(p.getParsingContext()), loc, key, args));
    }

    Problem problem(String path, JsonLocation loc, String key, Object... args) {
        int line = loc == null || loc.getLineNr() <= 0 ? 0 : loc.getLineNr();
        int column = line == 0 ? 0 : Math.max(loc.getColumnNr(), 0);
        return new Problem(file, path, line, column, messages.text(key, args));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }
}
