package org.journeyboard.interop;

import static org.journeyboard.interop.JavaScriptRules.ANY;
import static org.journeyboard.interop.JavaScriptRules.NOT_SPACE;
import static org.journeyboard.interop.JavaScriptRules.SPACE;
import static org.journeyboard.interop.JavaScriptRules.WORD;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What mermaid does to a text before its journey grammar sees it (mermaid's preprocess.ts, Diagram.fromText and
 * detectType, in that order): CR LF to LF, quotes inside HTML tags, the YAML front matter (its {@code title}),
 * {@code %%{…}%%} directives, whole-line {@code %%} comments, the check that it is a journey, and entity codes
 * such as {@code #58;}, which mermaid hides from its grammar so that their {@code #} and {@code ;} mean nothing there.
 */
final class MermaidPreprocessing {
    /** Stands for the {@code #} of an entity code while the grammar reads the text; same length keeps columns. */
    static final char ENTITY_START = '\uE000';
    /** Stands for the {@code ;} of an entity code. */
    static final char ENTITY_END = '\uE001';

    private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?");
    private static final Pattern TAG = Pattern.compile("<(" + WORD + "+)([^>]*)>");
    private static final Pattern DOUBLE_QUOTED_ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A-{3}" + SPACE + "*[\\n\\r]([\\s\\S]*?)[\\n\\r]-{3}" + SPACE + "*[\\n\\r]+");
    private static final Pattern DIRECTIVE_HEAD = Pattern.compile(
            "%{2}\\{" + SPACE + "*(?:" + WORD + "+" + SPACE + "*:|" + WORD + "+)" + SPACE + "*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_LINE = Pattern.compile("^" + SPACE + "*%%(?!\\{)[^\\n]+\\n?",
            Pattern.MULTILINE);
    private static final Pattern ANY_COMMENT = Pattern.compile(SPACE + "*%%" + ANY + "*\\n", Pattern.MULTILINE);
    private static final Pattern JOURNEY = Pattern.compile("\\A" + SPACE + "*journey");
    private static final Pattern STYLE = Pattern.compile("style" + ANY + "*:" + NOT_SPACE + "*#" + ANY + "*;");
    private static final Pattern CLASS_DEF = Pattern.compile("classDef" + ANY + "*:" + NOT_SPACE + "*#" + ANY + "*;");
    private static final Pattern ENTITY = Pattern.compile("#" + WORD + "+;");

    private static final YAMLMapper YAML = new YAMLMapper();

    /** The text ready for the journey grammar, and the front matter's title (null without one). */
    record Prepared(SourceText code, String frontMatterTitle) {
    }

    private MermaidPreprocessing() {
    }

    static Prepared prepare(String file) throws MermaidSyntaxError {
        SourceText t = SourceText.of(file)
                .replaceAll(LINE_ENDS, m -> "\n")
                .replaceAll(TAG, m -> "<" + m.group(1) + DOUBLE_QUOTED_ATTRIBUTE.matcher(m.group(2))
                        .replaceAll(q -> Matcher.quoteReplacement("='" + q.group(1) + "'")) + ">");
        String title = null;
        Matcher front = FRONT_MATTER.matcher(t.text());
        if (front.find()) {
            title = frontMatterTitle(front.group(1), front.start(1), t);
            t = t.from(front.end());
        }
        t = withoutDirectives(t).replaceAll(COMMENT_LINE, m -> "");
        t = t.from(JavaScriptRules.leadingSpaces(t.text()));
        if (!isJourney(t.text())) {
            throw new MermaidSyntaxError(t.text().isEmpty() ? 0 : t.origin(0), "mermaid.notJourney");
        }
        t = t.replaceAll(STYLE, MermaidPreprocessing::withoutLastCharacter)
                .replaceAll(CLASS_DEF, MermaidPreprocessing::withoutLastCharacter)
                .replaceAll(ENTITY, m -> ENTITY_START + m.group().substring(1, m.group().length() - 1) + ENTITY_END)
                .append("\n");
        return new Prepared(t, title);
    }

    /** mermaid's detector, on the text as detectType cleans it once more. */
    private static boolean isJourney(String text) {
        String probe = FRONT_MATTER.matcher(text).replaceFirst("");
        probe = withoutDirectives(SourceText.of(probe)).text();
        probe = ANY_COMMENT.matcher(probe).replaceAll("\n");
        return JOURNEY.matcher(probe).find();
    }

    private static String withoutLastCharacter(java.util.regex.MatchResult m) {
        return m.group().substring(0, m.group().length() - 1);
    }

    /**
     * mermaid's directive expression, {@code %%{name: …}%%}, removed everywhere. Its tail is matched by hand: as a
     * Java expression, its repeated alternative would recurse once per character and overflow on a long text.
     */
    static SourceText withoutDirectives(SourceText t) {
        List<int[]> spans = new ArrayList<>();
        String s = t.text();
        Matcher head = DIRECTIVE_HEAD.matcher(s);
        int from = 0;
        while (from < s.length()) {
            int start = s.indexOf("%%{", from);
            if (start < 0) {
                break;
            }
            head.region(start, s.length());
            if (!head.lookingAt()) {
                from = start + 1;
                continue;
            }
            int i = head.end();
            if (i < s.length() && isWord(s.charAt(i))) {
                while (i < s.length() && isWord(s.charAt(i))) {
                    i++;
                }
            } else {
                while (i < s.length() && !s.startsWith("}%%", i)) {
                    char c = s.charAt(i);
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i += 2;
                    } else if (c == '\r' || c == '\u2028' || c == '\u2029') {
                        break;
                    } else {
                        i++;
                    }
                }
            }
            while (i < s.length() && JavaScriptRules.isSpace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("}%%", i)) {
                i += 3;
            }
            spans.add(new int[] {start, i});
            from = Math.max(i, start + 1);
        }
        for (int k = spans.size() - 1; k >= 0; k--) {
            t = t.cut(spans.get(k)[0], spans.get(k)[1]);
        }
        return t;
    }

    private static boolean isWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** The title as mermaid takes it from the YAML: any value that is not empty, printed as JavaScript prints it. */
    private static String frontMatterTitle(String yaml, int yamlStart, SourceText t) throws MermaidSyntaxError {
        JsonNode root;
        try {
            root = yaml.isBlank() ? null : YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int index = yamlStart + offsetOf(yaml, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
            throw new MermaidSyntaxError(t.origin(index), "mermaid.frontMatter", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode title = root.get("title");
        if (title == null || title.isNull() || title.isMissingNode()) {
            return null;
        }
        String text;
        if (title.isTextual()) {
            text = title.textValue();
        } else if (title.isNumber()) {
            text = title.asDouble() == 0 ? "" : JavaScriptRules.print(title.asDouble());
        } else if (title.isBoolean()) {
            text = title.booleanValue() ? "true" : "";
        } else if (title.isArray()) {
            List<String> parts = new ArrayList<>();
            title.forEach(n -> parts.add(n.isNull() ? "" : n.isContainerNode() ? "[object Object]" : n.asText()));
            text = String.join(",", parts);
        } else {
            text = "[object Object]";
        }
        // mermaid shows the front matter's title as it is: it never saw the entity pass, so '#' and '<' are
        // written as codes here to make MermaidText.plain give back exactly this text
        return text.isEmpty() ? null : text.replace("#", "#35;").replace("<", "#60;");
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); l++) {
            int next = text.indexOf('\n', offset);
            offset = next < 0 ? text.length() : next + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }
}
