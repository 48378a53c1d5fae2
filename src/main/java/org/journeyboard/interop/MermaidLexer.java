package org.journeyboard.interop;

import static org.journeyboard.interop.JavaScriptRules.ANY;
import static org.journeyboard.interop.JavaScriptRules.SPACE;
import static org.journeyboard.interop.JavaScriptRules.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of mermaid's journey grammar (journey.jison, its lexer part), rule by rule in mermaid's order: like
 * jison, the first rule that matches at a place wins, not the longest. Jison puts a word boundary after a rule
 * that ends in a letter, so {@code journey} is a keyword but {@code journeys} a task name.
 */
final class MermaidLexer {
    enum Kind { JOURNEY, TITLE, ACC_TITLE, ACC_TITLE_VALUE, ACC_DESCR, ACC_DESCR_VALUE, ACC_DESCR_BLOCK_VALUE, SECTION,
        TASK_NAME, TASK_DATA, COLON, NEWLINE, INVALID, EOF }

    /** One token: what it is, where it starts in the pre-processed text, and its text. */
    record Token(Kind kind, int start, String text) {
    }

    private record Rule(Pattern pattern, Kind kind, State next) {
    }

    private enum State { INITIAL, ACC_TITLE, ACC_DESCR, ACC_DESCR_BLOCK }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** null kind: skipped; null next state: stays. */
    private static final List<Rule> INITIAL = List.of(
            rule("%%(?!\\{)[^\\n]*", 0, null, null),
            rule("[^}]%%[^\\n]*", 0, null, null),
            rule("\\n+", 0, Kind.NEWLINE, null),
            rule(SPACE + "+", 0, null, null),
            rule("#[^\\n]*", 0, null, null),
            rule("journey(?!" + WORD + ")", CI, Kind.JOURNEY, null),
            rule("title" + SPACE + "[^#\\n;]+", CI, Kind.TITLE, null),
            rule("accTitle" + SPACE + "*:" + SPACE + "*", CI, Kind.ACC_TITLE, State.ACC_TITLE),
            rule("accDescr" + SPACE + "*:" + SPACE + "*", CI, Kind.ACC_DESCR, State.ACC_DESCR),
            rule("accDescr" + SPACE + "*\\{" + SPACE + "*", CI, null, State.ACC_DESCR_BLOCK),
            rule("section" + SPACE + "[^#:\\n;]+", CI, Kind.SECTION, null),
            rule("[^#:\\n;]+", 0, Kind.TASK_NAME, null),
            rule(":[^#\\n;]+", 0, Kind.TASK_DATA, null),
            rule(":", 0, Kind.COLON, null),
            rule(ANY, 0, Kind.INVALID, null));
    private static final List<Rule> ACC_TITLE = List.of(rule("[^\\n]*", 0, Kind.ACC_TITLE_VALUE, State.INITIAL));
    private static final List<Rule> ACC_DESCR = List.of(rule("[^\\n]*", 0, Kind.ACC_DESCR_VALUE, State.INITIAL));
    private static final List<Rule> ACC_DESCR_BLOCK = List.of(
            rule("\\}", 0, null, State.INITIAL),
            rule("[^}]+", 0, Kind.ACC_DESCR_BLOCK_VALUE, null));

    private MermaidLexer() {
    }

    private static Rule rule(String regex, int flags, Kind kind, State next) {
        return new Rule(Pattern.compile(regex, flags), kind, next);
    }

    /**
     * Every token up to the end, which is always an EOF token. {@code unclosedBlock} gets the start of an
     * {@code accDescr {} that the text never closes (mermaid takes its text and says nothing), or stays -1.
     */
    static List<Token> tokens(String text, int[] unclosedBlock) {
        List<Token> tokens = new ArrayList<>();
        State state = State.INITIAL;
        int blockStart = -1;
        int pos = 0;
        while (pos < text.length()) {
            List<Rule> rules = switch (state) {
                case INITIAL -> INITIAL;
                case ACC_TITLE -> ACC_TITLE;
                case ACC_DESCR -> ACC_DESCR;
                case ACC_DESCR_BLOCK -> ACC_DESCR_BLOCK;
            };
            Rule matched = null;
            int end = pos;
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(text).region(pos, text.length());
                if (m.lookingAt()) {
                    matched = r;
                    end = m.end();
                    break;
                }
            }
            if (matched == null) {
                break; // only a rule that may match nothing is left (an empty value at the end), as in jison
            }
            if (matched.kind() != null) {
                tokens.add(new Token(matched.kind(), pos, text.substring(pos, end)));
            }
            if (matched.next() == State.ACC_DESCR_BLOCK) {
                blockStart = pos;
            }
            if (matched.next() != null) {
                state = matched.next();
            }
            if (end == pos) {
                // an empty value (accTitle: at the very end): the state has changed, so the loop moves on
                if (matched.next() == null) {
                    break;
                }
                continue;
            }
            pos = end;
        }
        if (state == State.ACC_DESCR_BLOCK) {
            unclosedBlock[0] = blockStart;
        }
        tokens.add(new Token(Kind.EOF, text.length(), ""));
        return tokens;
    }
}
