package org.journeyboard.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeyboard.model.JourneyMap;

/**
 * Reads a map file: encoding and syntax checks, the version (refuse newer, migrate older), one streaming pass into
 * the model, then validation; every problem is collected and thrown together.
 */
final class MapReader {
    /** Opens a fresh parser on the file's text. */
    @FunctionalInterface
    interface Source {
        JsonParser open() throws IOException;
    }

    /** A mangled file can have a problem per card; a user needs the first ones, not a hundred thousand lines. */
    static final int MAX_REPORTED = 100;
    /** Locating costs a second pass that grows with the number of problems; beyond this many it is not worth it. */
    private static final int MAX_LOCATED = 1000;

    static final MapReader CURRENT = new MapReader(JourneyJson.FORMAT_VERSION, Migration.chain());

    private final int currentVersion;
    private final Map<Integer, Migration> migrations = new HashMap<>();

    MapReader(int currentVersion, List<Migration> chain) {
        this.currentVersion = currentVersion;
        for (Migration m : chain) {
            if (m.from() < 1 || m.from() >= currentVersion || migrations.put(m.from(), m) != null) {
                throw new IllegalArgumentException("bad migration chain: step from version " + m.from());
            }
        }
    }

    JourneyMap read(byte[] bytes, String file, Messages messages) throws JourneyFileException {
        ProblemLog log = new ProblemLog(file, messages);
        if (bytes.length > JsonSetup.MAX_FILE_BYTES) {
            throw fail(log.problem(JsonPaths.ROOT, null, "file.tooLarge", JsonSetup.MAX_FILE_BYTES / (1024 * 1024)));
        }
        int start = TextEncoding.start(bytes, bytes.length);
        if (start < 0) {
            throw fail(new Problem(file, JsonPaths.ROOT, 1, 1, messages.text("encoding.notUtf8")));
        }
        return read(() -> JsonSetup.FACTORY.createParser(bytes, start, bytes.length - start), log);
    }

    JourneyMap read(String text, String file, Messages messages) throws JourneyFileException {
        ProblemLog log = new ProblemLog(file, messages);
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        return read(() -> JsonSetup.FACTORY.createParser(text.substring(start)), log);
    }

    private JourneyMap read(Source source, ProblemLog log) throws JourneyFileException {
        JourneyMap map;
        boolean migrated = false;
        JsonParser p = null;
        try {
            p = source.open();
            try {
                map = bind(p, log);
            } catch (ModelBinder.OtherVersion other) {
                if (other.version > currentVersion) {
                    log.at(p, "version.newer", String.valueOf(other.version), String.valueOf(currentVersion));
                    throw fail(log.problems().get(log.problems().size() - 1));
                }
                if (other.version < 1 || other.version < currentVersion && !migrations.containsKey((int) other.version)) {
                    log.at(p, "version.unknown", String.valueOf(other.version));
                    throw fail(log.problems().get(log.problems().size() - 1));
                }
                p.close();
                log = new ProblemLog(log.file(), log.messages());
                map = migrate(source, (int) other.version, log);
                migrated = true;
            }
        } catch (JsonProcessingException e) {
            throw fail(ParseErrors.of(e, p, log));
        } catch (IOException e) {
            throw fail(log.problem(JsonPaths.ROOT, null, "file.unreadable", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            // a bug of ours must still not show a user a stack trace; the message says what to report
            throw fail(log.problem(JsonPaths.ROOT, null, "file.internalError", e.toString()));
        } finally {
            closeQuietly(p);
        }
        List<Problem> problems = new ArrayList<>(log.problems());
        List<Problem> checks = dropReported(MapValidator.check(map, log.messages(), log.file()), problems);
        int unlocated = Math.max(0, checks.size() - MAX_LOCATED);
        checks = checks.subList(0, checks.size() - unlocated);
        if (!checks.isEmpty() && !migrated) {
            try (JsonParser again = source.open()) {
                checks = LocationFinder.locate(checks, again);
            } catch (IOException e) {
                // the text parsed a moment ago; if it cannot be parsed again the problems simply have no line
            }
        }
        problems.addAll(checks);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt((Problem q) -> q.hasLocation() ? q.line() : Integer.MAX_VALUE)
                    .thenComparingInt(Problem::column));
            int more = unlocated + Math.max(0, problems.size() - MAX_REPORTED);
            if (more > 0) {
                problems = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_REPORTED)));
                problems.add(log.problem("", null, "file.moreProblems", more));
            }
            throw new JourneyFileException(problems);
        }
        return map;
    }

    private JourneyMap bind(JsonParser p, ProblemLog log) throws IOException, ModelBinder.OtherVersion,
            JourneyFileException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw fail(log.problem(JsonPaths.ROOT, p.currentLocation(), "file.empty"));
        }
        if (first != JsonToken.START_OBJECT) {
            log.at(p, "file.notObject");
            throw fail(log.problems().get(0));
        }
        ModelBinder binder = new ModelBinder(p, log, currentVersion);
        JourneyMap map = binder.map();
        if (p.nextToken() != null) {
            log.at(p, "syntax.trailing");
        }
        if (binder.format == null) {
            throw fail(log.problem(JsonPaths.ROOT, null, "file.noFormat"));
        }
        if (!FileKeys.FORMAT_NAME.equals(binder.format)) {
            throw fail(log.problem(JsonPaths.ROOT, null, "file.notJourneyboard", String.valueOf(binder.format)));
        }
        if (!binder.versionSeen) {
            boolean reported = log.problems().stream().anyMatch(q -> q.jsonPath().equals("$.formatVersion"));
            if (!reported) {
                log.add(log.problem("$.formatVersion", null, "version.missing"));
            }
            throw new JourneyFileException(log.problems());
        }
        return map;
    }

    private JourneyMap migrate(Source source, int version, ProblemLog log) throws IOException, JourneyFileException {
        ObjectMapper mapper = new ObjectMapper(JsonSetup.FACTORY);
        JsonNode tree;
        try (JsonParser p = source.open()) {
            tree = mapper.readTree(p);
        }
        ObjectNode root = (ObjectNode) tree;
        for (int v = version; v < currentVersion; v++) {
            migrations.get(v).migrate(root);
            root.put("formatVersion", v + 1);
        }
        try (JsonParser p = mapper.treeAsTokens(root)) {
            return bind(p, log);
        } catch (ModelBinder.OtherVersion e) {
            throw new IllegalStateException("migration chain did not reach version " + currentVersion, e);
        }
    }

    /** A value of the wrong type was already reported by the binder; the validator's view of it adds nothing. */
    private static List<Problem> dropReported(List<Problem> checks, List<Problem> reported) {
        if (reported.isEmpty()) {
            return checks;
        }
        Set<String> reportedPaths = new HashSet<>();
        reported.forEach(r -> reportedPaths.add(r.jsonPath()));
        List<Problem> kept = new ArrayList<>();
        for (Problem c : checks) {
            boolean dup = false;
            for (String path = c.jsonPath(); path != null && !dup; path = JsonPaths.parent(path)) {
                dup = reportedPaths.contains(path) && !path.equals(JsonPaths.ROOT);
            }
            if (!dup) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static JourneyFileException fail(Problem problem) {
        return new JourneyFileException(List.of(problem));
    }

    private static void closeQuietly(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // nothing was written through it; closing cannot lose data
            }
        }
    }
}
