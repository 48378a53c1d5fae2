package org.journeyboard.interop;

import java.util.regex.Pattern;

/**
 * Text between mermaid and a map, both ways. In a diagram a line break is {@code <br>} (mermaid draws one for
 * {@code <br>}, {@code <br/>} and {@code <br />}) and a character the grammar would read as syntax is an entity
 * code; on a map both are plain characters.
 */
final class MermaidText {
    private static final Pattern LINE_BREAK = Pattern.compile("<br" + JavaScriptRules.SPACE + "*/?>",
            Pattern.CASE_INSENSITIVE);
    /**
     * A task name that, with the colon after it, starts like one of these would be read as that statement, so its
     * first letter is written as an entity code: {@code journey}, {@code title }, {@code section },
     * {@code accTitle:}, {@code accDescr:}, {@code accDescr {}.
     */
    private static final Pattern KEYWORD_START = Pattern.compile("(?:journey(?!" + JavaScriptRules.WORD + ")|title"
            + JavaScriptRules.SPACE + "|section" + JavaScriptRules.SPACE + "|acc(?:Title|Descr)" + JavaScriptRules.SPACE
            + "*:|accDescr" + JavaScriptRules.SPACE + "*\\{).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Where a text stands in a diagram, which decides what must be written as an entity code. */
    enum Place {
        /** After {@code title }, after {@code section }: {@code #}, {@code :}, {@code ;} end them. */
        LINE,
        /** A task name: as a line, and it must not start like a keyword. */
        TASK,
        /** An actor: also {@code ,}, which separates actors. */
        ACTOR,
        /** The inside of {@code accDescr {…}}: only {@code }} ends it; its line breaks stay. */
        BLOCK
    }

    private MermaidText() {
    }

    /** What a reader of the drawn diagram sees: line breaks as line breaks, entity codes as their characters. */
    static String plain(String diagramText) {
        return MermaidEntities.decode(LINE_BREAK.matcher(diagramText).replaceAll("\n"));
    }

    /**
     * {@code plain} as a diagram writes it so that mermaid reads back exactly that text: every character that
     * mermaid's grammar or pre-processing would take for syntax ({@code # : ; %}, {@code ,} between actors,
     * {@code }} in a block, {@code <} that could start a {@code <br>}, control characters) is an entity code.
     */
    static String diagram(String plain, Place place) {
        String text = JavaScriptRules.trim(plain);
        if (text.isEmpty()) {
            // mermaid needs a character here; a space as an entity code is read back, trimmed, as nothing
            return place == Place.BLOCK ? "" : "#32;";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean code = switch (c) {
                case '#', ':', ';', '%', '<' -> true;
                case ',' -> place == Place.ACTOR;
                case '}' -> place == Place.BLOCK;
                case '\n' -> false;
                default -> Character.isISOControl(c) && c != '\t' || c == 0x2028 || c == 0x2029
                        || c == MermaidPreprocessing.ENTITY_START || c == MermaidPreprocessing.ENTITY_END;
            };
            if (c == '\n') {
                out.append(place == Place.BLOCK ? "\n" : "<br>");
            } else if (code) {
                out.append('#').append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        }
        if (place == Place.TASK && KEYWORD_START.matcher(out + ":").matches()) {
            out.replace(0, 1, "#" + (int) out.charAt(0) + ";");
        }
        return out.toString();
    }
}
