package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeyboard.model.Card;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every journey diagram of mermaid's own tests, docs and demos (fixtures copied from ../shared/fixtures/mermaid, see
 * the README there) reads as mermaid's parser read it (INDEX.tsv), and means on the map what the mapping says.
 */
class MermaidFixturesTest {
    private static final String FOLDER = "/org/journeyboard/interop/mermaid/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of INDEX.tsv: the file and what mermaid's parser made of it. */
    record Expected(String file, String title, String accTitle, String accDescr, List<String> sections,
                    List<ExpectedTask> tasks) {
        @Override
        public String toString() {
            return file;
        }
    }

    record ExpectedTask(String section, String name, double score, List<String> actors) {
    }

    static Stream<Expected> fixtures() throws Exception {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withQuoteChar('"');
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = MermaidFixturesTest.class.getResourceAsStream(FOLDER + "INDEX.tsv");
             MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema)
                     .readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                assertThat(row.get("mermaid_parser_accepts")).isEqualTo("accepts");
                rows.add(expected(row.get("file"), row.get("parsed_by_mermaid")));
            }
        }
        assertThat(rows).hasSize(22);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsMermaidReadsIt(Expected expected) throws Exception {
        MermaidJourney journey = importFixture(expected.file()).journey();
        assertThat(journey.title()).isEqualTo(expected.title());
        assertThat(journey.accTitle()).isEqualTo(expected.accTitle());
        assertThat(journey.accDescr()).isEqualTo(expected.accDescr());
        assertThat(journey.sections()).isEqualTo(expected.sections());
        List<ExpectedTask> tasks = journey.tasks().stream().map(t -> new ExpectedTask(
                t.section() < 0 ? "" : journey.sections().get(t.section()), t.name(), t.score(), t.actors())).toList();
        assertThat(tasks).isEqualTo(expected.tasks());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void meansPhasesCardsPersonasAndCurves(Expected expected) throws Exception {
        JourneyMap map = importFixture(expected.file()).map();
        String title = expected.title().isEmpty() ? expected.accTitle() : expected.title();
        assertThat(map.title()).isEqualTo(title.strip());
        assertThat(map.description()).isEqualTo(expected.accDescr());
        assertThat(map.phases()).extracting(p -> p.name())
                .isEqualTo(expected.sections().stream().map(s -> MermaidText.plain(s).strip()).toList());
        String actions = map.lanes().stream().filter(l -> l.kind() == LaneKind.ACTIONS).findFirst().orElseThrow().id();
        assertThat(map.lanes()).extracting(l -> l.kind()).containsExactly(LaneKind.TOUCHPOINTS, LaneKind.ACTIONS,
                LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS);
        assertThat(map.lanes()).allMatch(l -> l.fitToContent());
        List<String> cards = new ArrayList<>();
        map.phases().forEach(p -> map.cardsIn(p.id(), actions).forEach(c -> cards.add(c.title())));
        assertThat(cards).isEqualTo(expected.tasks().stream().map(t -> t.name().strip()).toList());
        assertThat(map.cards()).allMatch(c -> c.laneId().equals(actions) && c.emotion() == null);

        List<String> actors = expected.tasks().stream().flatMap(t -> t.actors().stream()).map(String::strip)
                .filter(a -> !a.isEmpty()).distinct().toList();
        assertThat(map.personas()).extracting(Persona::name).isEqualTo(actors);
        // each task: a point of its score - 3 on the curve of each actor, or on the map's curve, at the card's place
        for (int p = 0; p < map.phases().size(); p++) {
            String phase = map.phases().get(p).id();
            String section = expected.sections().get(p);
            List<ExpectedTask> inPhase = expected.tasks().stream().filter(t -> t.section().equals(section)).toList();
            List<Card> phaseCards = map.cardsIn(phase, actions);
            if (expected.sections().indexOf(section) != p) {
                continue; // a section name used twice (014): the tasks follow the section they stand under
            }
            for (int i = 0; i < phaseCards.size(); i++) {
                ExpectedTask task = inPhase.get(i);
                double place = (i + 0.5) / phaseCards.size();
                List<String> curveNames = map.curves().stream().filter(c -> c.points().stream().anyMatch(
                        pt -> pt.phaseId().equals(phase) && Math.abs(pt.position() - place) < 1e-9))
                        .map(EmotionCurve::name).toList();
                List<Integer> scores = map.curves().stream().flatMap(c -> c.points().stream())
                        .filter(pt -> pt.phaseId().equals(phase) && Math.abs(pt.position() - place) < 1e-9)
                        .map(CurvePoint::score).distinct().toList();
                List<String> named = task.actors().stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
                if (Double.isNaN(task.score())) {
                    assertThat(curveNames).isEmpty();
                    continue;
                }
                // a map keeps no order of a task's actors: the curves are in the order the actors first appear
                assertThat(curveNames).containsExactlyInAnyOrderElementsOf(named.isEmpty() ? List.of(map.title()) : named);
                assertThat(scores).containsExactly((int) task.score() - 3);
            }
        }
    }

    static MermaidImport importFixture(String file) throws Exception {
        byte[] bytes;
        try (InputStream in = MermaidFixturesTest.class.getResourceAsStream(FOLDER + file)) {
            bytes = in.readAllBytes();
        }
        return MermaidImport.read(new String(bytes, StandardCharsets.UTF_8), file, "Reise", Language.EN,
                Locale.ENGLISH, Instant.EPOCH);
    }

    private static final Pattern FIELD = Pattern.compile("(?:^| \\| )([\\w.]+(?:\\(\\d+\\))?)=");

    /** Reads INDEX.tsv's notation: {@code title="…" | sections=[…] | tasks(n)=[section] "name"=5 ["actor"]; …}. */
    private static Expected expected(String file, String parsed) throws Exception {
        String title = "";
        String accTitle = "";
        String accDescr = "";
        List<String> sections = List.of();
        List<ExpectedTask> tasks = new ArrayList<>();
        Matcher m = FIELD.matcher(parsed);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(1);
            int at = m.end();
            if (name.startsWith("tasks(")) {
                String rest = parsed.substring(at);
                int i = 0;
                while (i < rest.length()) {
                    int close = rest.indexOf("] ", i);
                    String section = rest.substring(i + 1, close);
                    int[] end = new int[1];
                    String task = (String) value(rest.substring(close + 2), end);
                    int eq = close + 2 + end[0];
                    int space = rest.indexOf(' ', eq);
                    String score = rest.substring(eq + 1, space);
                    @SuppressWarnings("unchecked")
                    List<String> actors = (List<String>) value(rest.substring(space + 1), end);
                    tasks.add(new ExpectedTask(section, task, score.equals("NaN") ? Double.NaN
                            : Double.parseDouble(score), actors));
                    i = space + 1 + end[0];
                    if (rest.startsWith("; ", i)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                break;
            }
            int[] end = new int[1];
            Object value = value(parsed.substring(at), end);
            switch (name) {
                case "title", "frontmatter.title" -> title = (String) value;
                case "accTitle" -> accTitle = (String) value;
                case "accDescr" -> accDescr = (String) value;
                case "sections" -> {
                    @SuppressWarnings("unchecked")
                    List<String> s = (List<String>) value;
                    sections = s;
                }
                default -> throw new AssertionError("unknown field " + name + " in " + file);
            }
            from = at + end[0];
        }
        return new Expected(file, title, accTitle, accDescr, sections, tasks);
    }

    /** The JSON value at the start of {@code text} (README: \n stands for a line break), and where it ends. */
    private static Object value(String text, int[] end) throws Exception {
        try (JsonParser p = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(p);
            end[0] = (int) p.currentLocation().getCharOffset();
            if (node.isTextual()) {
                return unescape(node.textValue());
            }
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(unescape(n.textValue())));
            return items;
        }
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
