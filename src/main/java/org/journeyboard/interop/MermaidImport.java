package org.journeyboard.interop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.Problem;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;

/**
 * A mermaid {@code journey} diagram read as a new map, with the warnings for what mermaid accepts but a map cannot
 * mean as written (scores that are not whole numbers 1..5). What mermaid refuses is refused with a
 * {@link JourneyFileException} naming file, line and column.
 */
public record MermaidImport(JourneyMap map, MermaidJourney journey, List<Problem> warnings) {
    /** Larger than any journey anybody writes by hand; mermaid itself draws no more than 50 000 characters. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    public MermaidImport {
        warnings = List.copyOf(warnings);
    }

    /** Reads a {@code .mmd} file (UTF-8, with or without byte-order mark). */
    public static MermaidImport read(Path file, Language language, Locale locale) throws JourneyFileException {
        InteropTexts texts = new InteropTexts(locale);
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw failure(name, texts.text("file.isDirectory"));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw failure(name, texts.text("file.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure(name, texts.text("file.notFound"));
        } catch (AccessDeniedException e) {
            throw failure(name, texts.text("file.noAccess"));
        } catch (IOException e) {
            throw failure(name, texts.text("file.unreadable", String.valueOf(e.getMessage())));
        }
        String text;
        try {
            int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw failure(name, texts.text("file.notText"));
        }
        if (text.indexOf('\0') >= 0) {
            throw failure(name, texts.text("file.notText"));
        }
        return read(text, name, baseName(file), language, locale, Instant.now());
    }

    /**
     * Reads a diagram's text; {@code file} names it in messages (may be empty, e.g. for pasted text),
     * {@code fallbackName} names the curve of actor-less tasks when the diagram has no title.
     */
    public static MermaidImport read(String text, String file, String fallbackName, Language language, Locale locale,
                                     Instant now) throws JourneyFileException {
        InteropTexts texts = new InteropTexts(locale);
        MermaidPreprocessing.Prepared prepared;
        MermaidParser.Parsed parsed;
        try {
            prepared = MermaidPreprocessing.prepare(text);
            parsed = MermaidParser.parse(prepared);
        } catch (MermaidSyntaxError e) {
            int[] where = SourceText.position(text, e.index());
            throw new JourneyFileException(List.of(new Problem(file, "", where[0], where[1],
                    texts.text(e.key(), e.args()))));
        }
        List<Problem> warnings = new ArrayList<>();
        if (parsed.unclosedBlock() >= 0) {
            int[] where = prepared.code().lineAndColumn(parsed.unclosedBlock());
            warnings.add(new Problem(file, "", where[0], where[1], texts.text("mermaid.accDescr.unclosed")));
        }
        for (MermaidJourney.Task task : parsed.journey().tasks()) {
            String name = JavaScriptRules.trim(MermaidText.plain(task.name()));
            JourneyFromMermaid.Score score = JourneyFromMermaid.score(task);
            if (score.key() != null) {
                warnings.add(new Problem(file, "", task.line(), task.column(), texts.text(score.key(), name,
                        Double.isNaN(task.score()) ? JavaScriptRules.trim(task.scoreText())
                                : JavaScriptRules.print(task.score()), score.value())));
            }
            if (!task.ignored().isEmpty()) {
                warnings.add(new Problem(file, "", task.line(), task.column(),
                        texts.text("mermaid.score.ignored", name, JavaScriptRules.trim(task.ignored()))));
            }
        }
        JourneyMap map = JourneyFromMermaid.map(parsed.journey(), language, now, fallbackName);
        return new MermaidImport(map, parsed.journey(), warnings);
    }

    /** "day" for "day.mmd" (or "day.mermaid"). */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static JourneyFileException failure(String file, String message) {
        return new JourneyFileException(List.of(new Problem(file, "", 0, 0, message)));
    }
}
