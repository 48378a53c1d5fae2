package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeyboard.model.Language;

/**
 * Import then export of a diagram mermaid accepts, with whole scores 1..5, gives back the same title, sections,
 * tasks, scores and actors. The diagrams are written here independently of our writer, the many ways mermaid
 * allows: entity codes numeric and named, colons raw in titles, {@code <br>} for line breaks, comments, directives,
 * front matter, CR LF, any indentation and spacing around the colons.
 */
class MermaidRoundTripPropertiesTest {
    private static final List<String> WORDS = List.of("Tee", "kochen", "Frühstück", "Öffnungszeiten", "Straße",
            "„sofort“", "\"PayPal\"", "😀", "🧑‍💻", "naïve", "Preis: 3 €", "Nr. #1", "x;y", "a:b", "50%", "Title",
            "title", "section", "Section", "journey", "accDescr", "accTitle", "{ }", "<br>", "A, B", "–", "Kasse", "Ärger",
            "über", "Zahlung", "Lieferung", "ÄÖÜ äöü ß", "ok?", "!", "(Anna)", "e-mail", "\t", "line\nbreak");
    private static final Pattern KEYWORD = Pattern.compile(
            "(?:journey(?![A-Za-z0-9_])|title\\s|section\\s|acc(?:Title|Descr)\\s*:|accDescr\\s*\\{).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A diagram as its reader sees it: plain texts, whole scores. */
    record Journey(String title, List<String> sections, List<Task> tasks) {
    }

    /** {@code section} -1: before the first section. */
    record Task(int section, String name, int score, Set<String> actors) {
    }

    @Provide
    Arbitrary<Journey> journeys() {
        Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4)
                .map(words -> String.join(" ", words).strip())
                .filter(s -> !s.isBlank());
        Arbitrary<Set<String>> actors = name.set().ofMaxSize(3);
        Arbitrary<String> title = Arbitraries.oneOf(Arbitraries.just(""), name);
        Arbitrary<List<String>> sections = name.list().ofMaxSize(4);
        return Combinators.combine(title, sections, Arbitraries.integers().between(0, 2)).flatAs((t, s, leading) -> {
            List<Arbitrary<Task>> tasks = new ArrayList<>();
            for (int section = -1; section < s.size(); section++) {
                int sec = section;
                int count = section < 0 ? leading : 3;
                for (int i = 0; i < count; i++) {
                    tasks.add(Combinators.combine(name, Arbitraries.integers().between(1, 5), actors,
                            Arbitraries.integers().between(0, 3))
                            .as((n, score, a, skip) -> skip == 0 ? null : new Task(sec, n, score, a)));
                }
            }
            return Combinators.combine(tasks).as(list -> new Journey(t, s,
                    list.stream().filter(x -> x != null).toList()));
        });
    }

    @Property(tries = 400)
    void importThenExportGivesBackTheSameDiagram(@ForAll("journeys") Journey journey, @ForAll long seed)
            throws Exception {
        String text = new Writing(new Random(seed)).diagram(journey);
        MermaidImport first = MermaidImport.read(text, "reise.mmd", "reise", Language.DE, Locale.GERMAN, Instant.EPOCH);
        assertThat(first.warnings()).as(text).isEmpty();
        assertThat(seen(first.journey())).as(text).isEqualTo(journey);

        String exported = MermaidExport.text(first.map());
        MermaidImport again = MermaidImport.read(exported, "reise.mmd", "reise", Language.DE, Locale.GERMAN,
                Instant.EPOCH);
        assertThat(again.warnings()).as(exported).isEmpty();
        assertThat(seen(again.journey())).as("%s%n--- exported as ---%n%s", text, exported).isEqualTo(journey);
    }

    /** What a reader of the drawn diagram sees, trimmed as the map keeps it. */
    static Journey seen(MermaidJourney j) {
        List<Task> tasks = j.tasks().stream().map(t -> new Task(t.section(),
                JavaScriptRules.trim(MermaidText.plain(t.name())), (int) t.score(),
                new LinkedHashSet<>(JourneyFromMermaid.actors(t)))).toList();
        return new Journey(JavaScriptRules.trim(MermaidText.plain(j.title())),
                j.sections().stream().map(s -> JavaScriptRules.trim(MermaidText.plain(s))).toList(), tasks);
    }

    /** Writes a diagram one of the many ways mermaid reads as that diagram. */
    private static final class Writing {
        private final Random random;
        private final String newline;

        Writing(Random random) {
            this.random = random;
            this.newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
        }

        String diagram(Journey j) throws Exception {
            StringBuilder out = new StringBuilder();
            boolean frontMatter = !j.title().isEmpty() && random.nextInt(4) == 0;
            if (frontMatter) {
                out.append("---").append(newline).append("title: ")
                        .append(new ObjectMapper().writeValueAsString(j.title())).append(newline)
                        .append("---").append(newline);
            }
            if (random.nextInt(5) == 0) {
                out.append("%%{init: {'theme': 'forest'}}%%").append(newline);
            }
            comment(out);
            out.append(random.nextBoolean() ? "journey" : "  journey").append(newline);
            if (!j.title().isEmpty() && !frontMatter) {
                out.append(indent()).append(random.nextBoolean() ? "title " : "Title ").append(text(j.title(), "title"))
                        .append(random.nextBoolean() ? "" : " # ein Kommentar").append(newline);
            }
            if (random.nextInt(3) == 0) {
                out.append(indent()).append("accDescr: Ein Tag von „früh“ bis spät 😀").append(newline);
            }
            tasks(out, j, -1);
            for (int s = 0; s < j.sections().size(); s++) {
                comment(out);
                out.append(indent()).append(random.nextBoolean() ? "section " : "SECTION ")
                        .append(text(j.sections().get(s), "section")).append(newline);
                tasks(out, j, s);
            }
            return out.toString();
        }

        private void tasks(StringBuilder out, Journey j, int section) {
            for (Task t : j.tasks()) {
                if (t.section() != section) {
                    continue;
                }
                comment(out);
                out.append(indent()).append(text(t.name(), "task")).append(spaces()).append(':').append(spaces())
                        .append(t.score()).append(spaces());
                if (!t.actors().isEmpty()) {
                    List<String> actors = new ArrayList<>();
                    t.actors().forEach(a -> actors.add(spaces() + text(a, "actor") + spaces()));
                    out.append(':').append(String.join(",", actors));
                } else if (random.nextBoolean()) {
                    out.append(':');
                }
                out.append(random.nextInt(6) == 0 ? " # noch offen" : "").append(newline);
            }
        }

        /** The text as it may stand in that place: syntax characters as entity codes, some others too. */
        private String text(String plain, String place) {
            StringBuilder out = new StringBuilder();
            plain.codePoints().forEach(c -> {
                boolean mustCode = c == '#' || c == ';' || c == '<' || c == '%'
                        || c == ':' && !place.equals("title") || c == ',' && place.equals("actor");
                if (c == '\n') {
                    out.append(List.of("<br>", "<br/>", "<BR />", "<br\t/>").get(random.nextInt(4)));
                } else if (mustCode || random.nextInt(12) == 0) {
                    out.append(code(c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            // with the colon and the spaces that may come before it: "Title :" is a title line to mermaid
            if (place.equals("task") && (KEYWORD.matcher(out + " :").matches() || KEYWORD.matcher(out + ":").matches())) {
                out.replace(0, 1, code(out.charAt(0)));
            }
            return out.toString();
        }

        private String code(int c) {
            String named = switch (c) {
                case '#' -> "num";
                case ':' -> "colon";
                case ';' -> "semi";
                case '<' -> "lt";
                case ',' -> "comma";
                case '%' -> "percnt";
                case '"' -> "quot";
                case 'ä' -> "auml";
                case 'ß' -> "szlig";
                default -> null;
            };
            return named != null && random.nextBoolean() ? "#" + named + ";" : "#" + c + ";";
        }

        private void comment(StringBuilder out) {
            if (random.nextInt(6) == 0) {
                out.append(indent()).append("%% Anmerkung: „später“ klären; #1").append(newline);
            }
            if (random.nextInt(8) == 0) {
                out.append(newline);
            }
        }

        private String indent() {
            return " ".repeat(random.nextInt(6));
        }

        private String spaces() {
            return " ".repeat(random.nextInt(3));
        }
    }
}
