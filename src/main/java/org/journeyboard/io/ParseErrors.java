package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parse errors into problems a user can act on, in the user's language, at line:column. */
final class ParseErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

    private ParseErrors() {
    }

    static Problem of(JsonProcessingException e, JsonParser current, ProblemLog log) {
        // the parser that failed knows where it was; after a migration that is not the first pass's parser
        JsonParser p = e.getProcessor() instanceof JsonParser failed ? failed : current;
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() <= 0) && p != null) {
            loc = p.currentLocation();
        }
        String path = p == null ? JsonPaths.ROOT : JsonPaths.of(p.getParsingContext());
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (e instanceof JsonEOFException) {
            return log.problem(path, loc, "syntax.truncated");
        }
        if (e instanceof StreamConstraintsException) {
            if (detail.contains("nesting depth")) {
                return log.problem(path, loc, "limit.depth", JsonSetup.MAX_DEPTH);
            }
            if (detail.contains("String value length")) {
                return log.problem(path, loc, "limit.string", JsonSetup.MAX_STRING_CHARS);
            }
            if (detail.contains("Number value length")) {
                return log.problem(path, loc, "limit.number", JsonSetup.MAX_NUMBER_CHARS);
            }
            if (detail.contains("Name length")) {
                return log.problem(path, loc, "limit.name", JsonSetup.MAX_NAME_CHARS);
            }
            if (detail.contains("Document length")) {
                return log.problem(path, loc, "file.tooLarge", JsonSetup.MAX_FILE_BYTES / (1024 * 1024));
            }
        }
        if (detail.contains("Invalid UTF-8") || detail.contains("Invalid UTF8")) {
            return log.problem(path, loc, "encoding.invalidUtf8");
        }
        Matcher m = DUPLICATE.matcher(detail);
        if (m.find()) {
            return log.problem(path, loc, "syntax.duplicateField", m.group(1));
        }
        if (detail.contains("end-of-input")) {
            return log.problem(path, loc, "syntax.truncated");
        }
        return log.problem(path, loc, "syntax.malformed", detail);
    }
}
