package org.journeyboard.io;

/**
 * One thing wrong with a map file: which file, where in it (JSON path, and line:column when the parser knows it;
 * 0 when it does not) and a message in the user's language.
 */
public record Problem(String file, String jsonPath, int line, int column, String message) {
    public Problem {
        file = file == null ? "" : file;
        jsonPath = jsonPath == null ? "" : jsonPath;
        message = message == null ? "" : message;
    }

    /** Whether the parser knew the line and column. */
    public boolean hasLocation() {
        return line > 0;
    }

    /** The same problem, attributed to another file. */
    public Problem inFile(String newFile) {
        return new Problem(newFile, jsonPath, line, column, message);
    }

    /** The same problem at a line and column. */
    public Problem at(int newLine, int newColumn) {
        return new Problem(file, jsonPath, newLine, newColumn, message);
    }

    /** Prints like a compiler: {@code map.journey.json:12:7: $.cards[3].phase: unknown phase 'phase-x'}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append(file);
            if (hasLocation()) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        } else if (hasLocation()) {
            sb.append(line).append(':').append(column).append(": ");
        }
        if (!jsonPath.isEmpty()) {
            sb.append(jsonPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
