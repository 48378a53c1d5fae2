package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Locale;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.Problem;
import org.journeyboard.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What mermaid's grammar refuses is refused, as {@code file:line:column: message} in English and German, the line
 * and column those of the file as the user sees it (before comments, front matter and CR LF are gone).
 */
class MermaidRefusalsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        no header                | title Mein Tag\\nsection Morgen\\n  Tee kochen: 5: Anna           | 1:1  | must begin with the word journey | muss mit dem Wort journey
        header in capitals       | Journey\\n  title Mein Tag                                        | 1:1  | must begin with the word journey | muss mit dem Wort journey
        header inside a word     | journeyboard\\n  title Mein Tag                                   | 1:1  | must begin with the word journey | muss mit dem Wort journey
        unclosed directive       | %%{init: {'theme': 'dark'\\njourney\\n  title Mein Tag                | 1:1  | must begin with the word journey | muss mit dem Wort journey
        semicolon in title       | journey\\ntitle Einbruch – „sofort“; was nun                        | 2:26 | write #59;                       | #59; schreiben
        semicolon in section     | journey\\n  section Kauf; Kasse\\n    Zahlen: 2: Ben                | 2:15 | for a semicolon in a text        | Für ein Semikolon im Text
        semicolon after emoji    | journey\\n  section Früh\\n  😀 Frühstück; 5: Anna                 | 3:14 | does not allow a ; here          | erlaubt hier kein ;
        semicolon among actors   | journey\\n  Tee kochen: 5: Anna; Ben                               | 2:22 | does not allow a ; here          | erlaubt hier kein ;
        task without score       | journey\\nsection Einkauf\\n  Kasse finden                          | 3:3  | the task “Kasse finden” needs a colon and a score | die Aufgabe „Kasse finden“ braucht nach ihrem Namen
        section without a name   | journey\\n  Tee: 5\\nsection\\n                                         | 3:1  | the task “section” needs a colon | die Aufgabe „section“ braucht
        colon without score      | journey\\nsection A\\n  Bezahlen mit „PayPal“:\\n                   | 3:24 | needs a score after the colon    | braucht nach dem Doppelpunkt eine Bewertung
        score without task       | journey\\nsection A\\n  : 5: Anna                                   | 3:3  | a task needs a name before the colon | vor dem Doppelpunkt fehlt der Name
        journey twice            | journey\\n  journey planen: 3: Anna                                | 2:3  | may only begin the diagram       | darf nur das Diagramm beginnen
        bad front matter         | ---\\ntitle: [Mein Tag\\n---\\njourney\\n                             | 2:17 | front matter between the --- lines is not valid YAML | Vorspann zwischen den Zeilen mit --- ist kein gültiges YAML
        line after front matter  | ---\\ntitle: Mein Tag\\n---\\njourney\\n  Tee kochen\\n                | 5:3  | “Tee kochen” needs a colon       | „Tee kochen“ braucht
        line after directive     | %%{init: {'theme':'dark'}}%%\\njourney\\n  Kaffee; 3                  | 3:9  | does not allow a ; here          | erlaubt hier kein ;
        line after comments      | %% Entwurf\\n%% von Anna\\njourney\\n  %% noch offen\\n  Kaffee; 3     | 5:9  | does not allow a ; here          | erlaubt hier kein ;
        CR LF line ends          | journey\\r\\ntitle A\\r\\n  Tee kochen; 3\\r\\n                       | 3:13 | does not allow a ; here          | erlaubt hier kein ;
        """)
    void isRefusedWithItsPlaceInBothLanguages(String what, String text, String where, String english, String german) {
        String mermaid = text.strip().replace("\\n", "\n").replace("\\r", "\r");
        Problem en = refusal(mermaid, Locale.ENGLISH);
        Problem de = refusal(mermaid, Locale.GERMAN);
        assertThat(en.line() + ":" + en.column()).as(what).isEqualTo(where.strip());
        assertThat(en.toString()).as(what).startsWith("tag.mmd:" + where.strip() + ": ").contains(english.strip());
        assertThat(de.toString()).as(what).startsWith("tag.mmd:" + where.strip() + ": ").contains(german.strip());
    }

    private static Problem refusal(String text, Locale locale) {
        JourneyFileException e = catchThrowableOfType(JourneyFileException.class,
                () -> MermaidImport.read(text, "tag.mmd", "tag", Language.DE, locale, Instant.EPOCH));
        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
