package org.journeyboard.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.journeyboard.interop.MermaidLexer.Kind;
import org.journeyboard.interop.MermaidLexer.Token;

/**
 * The grammar part of journey.jison and what journeyDb.js and commonDb.ts do with each statement: {@code journey}
 * first, then in any order and any number empty lines, {@code title}, {@code accTitle:}, {@code accDescr:} or
 * {@code accDescr {…}}, {@code section} and task lines {@code name: data}.
 */
final class MermaidParser {
    private static final Pattern BLOCK_INDENT = Pattern.compile("\\n" + JavaScriptRules.SPACE + "+");

    /** A parsed diagram and where an unclosed {@code accDescr {} starts (-1 when there is none). */
    record Parsed(MermaidJourney journey, int unclosedBlock) {
    }

    private MermaidParser() {
    }

    static Parsed parse(MermaidPreprocessing.Prepared prepared) throws MermaidSyntaxError {
        SourceText source = prepared.code();
        int[] unclosed = {-1};
        List<Token> tokens = MermaidLexer.tokens(source.text(), unclosed);
        String title = prepared.frontMatterTitle() == null ? "" : prepared.frontMatterTitle();
        String accTitle = "";
        String accDescr = "";
        List<String> sections = new ArrayList<>();
        List<MermaidJourney.Task> tasks = new ArrayList<>();
        if (tokens.get(0).kind() != Kind.JOURNEY) {
            throw new MermaidSyntaxError(source.origin(tokens.get(0).start()), "mermaid.notJourney");
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case NEWLINE, EOF -> {
                }
                case TITLE -> title = unguard(t.text().substring(6));
                case ACC_TITLE -> {
                    Token value = tokens.get(i + 1);
                    if (value.kind() == Kind.ACC_TITLE_VALUE) {
                        i++;
                        accTitle = JavaScriptRules.trim(unguard(value.text()));
                    } else {
                        accTitle = "";
                    }
                }
                case ACC_DESCR -> {
                    Token value = tokens.get(i + 1);
                    if (value.kind() == Kind.ACC_DESCR_VALUE) {
                        i++;
                        accDescr = block(JavaScriptRules.trim(unguard(value.text())));
                    } else {
                        accDescr = "";
                    }
                }
                case ACC_DESCR_BLOCK_VALUE -> accDescr = block(JavaScriptRules.trim(unguard(t.text())));
                case SECTION -> sections.add(unguard(t.text().substring(8)));
                case TASK_NAME -> {
                    Token data = tokens.get(i + 1);
                    if (data.kind() == Kind.INVALID) {
                        throw new MermaidSyntaxError(source.origin(data.start()), "mermaid.semicolon");
                    }
                    if (data.kind() == Kind.COLON) {
                        throw new MermaidSyntaxError(source.origin(data.start()), "mermaid.colonWithoutScore",
                                JavaScriptRules.trim(shown(t.text())));
                    }
                    if (data.kind() != Kind.TASK_DATA) {
                        throw new MermaidSyntaxError(source.origin(t.start()), "mermaid.taskWithoutScore",
                                JavaScriptRules.trim(shown(t.text())));
                    }
                    i++;
                    tasks.add(task(sections.size() - 1, t, data, source));
                }
                case TASK_DATA, COLON -> throw new MermaidSyntaxError(source.origin(t.start()), "mermaid.scoreWithoutTask");
                case INVALID -> throw new MermaidSyntaxError(source.origin(t.start()), "mermaid.semicolon");
                case JOURNEY -> throw new MermaidSyntaxError(source.origin(t.start()), "mermaid.journeyAgain");
                default -> throw new MermaidSyntaxError(source.origin(t.start()), "mermaid.unexpected", t.text());
            }
        }
        return new Parsed(new MermaidJourney(title, accTitle, accDescr, sections, tasks), unclosed[0]);
    }

    /** journeyDb.addTask: the score before the second colon, the actors after it, split at commas. */
    private static MermaidJourney.Task task(int section, Token name, Token data, SourceText source) {
        String[] pieces = data.text().substring(1).split(":", -1);
        String scoreText = unguard(pieces[0]);
        List<String> actors = pieces.length == 1 ? List.of()
                : Arrays.stream(pieces[1].split(",", -1)).map(s -> JavaScriptRules.trim(unguard(s))).toList();
        String ignored = pieces.length > 2
                ? unguard(String.join(":", Arrays.asList(pieces).subList(2, pieces.length))) : "";
        int scoreAt = data.start() + 1 + JavaScriptRules.leadingSpaces(pieces[0]);
        int[] where = source.lineAndColumn(scoreAt);
        return new MermaidJourney.Task(section, unguard(name.text()), scoreText, JavaScriptRules.number(pieces[0]),
                actors, ignored, where[0], where[1]);
    }

    /** commonDb.setAccDescription: the indentation of continued lines goes. */
    private static String block(String text) {
        return BLOCK_INDENT.matcher(text).replaceAll("\n");
    }

    /** The entity codes written out again as the diagram has them. */
    static String unguard(String text) {
        return text.replace(MermaidPreprocessing.ENTITY_START, '#').replace(MermaidPreprocessing.ENTITY_END, ';');
    }

    private static String shown(String text) {
        return MermaidText.plain(unguard(text));
    }
}
