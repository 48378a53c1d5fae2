package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.journeyboard.io.Problem;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What mermaid accepts but a map cannot hold as written comes in with a warning naming the line: scores that are
 * not a number, outside 1..5 or not whole (clamped, rounded half up), text mermaid ignores, an unclosed block.
 */
class MermaidWarningsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        too high             | Tee kochen: 7: Anna           | 3:17 | 2  | outside 1..5; imported as 5                | liegt nicht in 1..5; übernommen als 5
        zero                 | Tee kochen: 0: Anna           | 3:17 | -2 | the score 0 of the task “Tee kochen”        | die Bewertung 0 der Aufgabe „Tee kochen“
        negative             | Tee kochen: -3                | 3:17 | -2 | outside 1..5; imported as 1                | übernommen als 1
        half                 | Tee kochen: 2.5: Anna         | 3:17 | 0  | 2.5 of the task “Tee kochen” is not a whole number; imported as 3 | ist keine ganze Zahl; übernommen als 3
        hexadecimal          | Tee kochen: 0x10: Anna        | 3:17 | 2  | the score 16                               | die Bewertung 16
        not a number         | Tee kochen: sehr gut: Anna    | 3:17 |    | the score “sehr gut” of the task “Tee kochen” is not a number | die Bewertung „sehr gut“ der Aufgabe „Tee kochen“ ist keine Zahl
        no score             | Tee kochen:    : Anna         | 3:20 |    | is not a number                            | ist keine Zahl
        a third colon        | Tee kochen: 4: Anna: Ben      | 3:17 | 1  | mermaid ignores “Ben” after the second colon | Mermaid übergeht „Ben“
        """)
    void warnsNamingTheLine(String what, String task, String where, String emotion, String english, String german)
            throws Exception {
        String text = "journey\n  section Morgens zu Hause\n    " + task.strip() + "\n";
        MermaidImport en = MermaidImport.read(text, "tag.mmd", "tag", Language.DE, Locale.ENGLISH, Instant.EPOCH);
        MermaidImport de = MermaidImport.read(text, "tag.mmd", "tag", Language.DE, Locale.GERMAN, Instant.EPOCH);
        assertThat(en.warnings()).as(what).hasSize(1);
        Problem warning = en.warnings().get(0);
        assertThat(warning.toString()).as(what).startsWith("tag.mmd:" + where.strip() + ": ").contains(english.strip());
        assertThat(de.warnings().get(0).toString()).as(what).contains(german.strip());
        List<Integer> scores = en.map().curves().stream().flatMap(c -> c.points().stream()).map(CurvePoint::score)
                .distinct().toList();
        assertThat(scores).as(what).isEqualTo(emotion == null ? List.of() : List.of(Integer.parseInt(emotion.strip())));
        assertThat(en.map().cards()).as("the task is a card all the same").hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        English | en | accDescr { is not closed by }
        German  | de | accDescr { wird nicht mit } geschlossen
        """)
    void anUnclosedDescriptionIsTakenToTheEnd(String what, String language, String fragment) throws Exception {
        String text = "journey\n  title Mein Tag\n  accDescr {\n    Vom Aufstehen\n    bis „Feierabend“ 😀\n";
        MermaidImport read = MermaidImport.read(text, "tag.mmd", "tag", Language.DE, Locale.forLanguageTag(language),
                Instant.EPOCH);
        assertThat(read.warnings()).singleElement().hasToString("tag.mmd:3:3: " + read.warnings().get(0).message());
        assertThat(read.warnings().get(0).message()).contains(fragment);
        assertThat(read.map().description()).isEqualTo("Vom Aufstehen\nbis „Feierabend“ 😀");
    }
}
