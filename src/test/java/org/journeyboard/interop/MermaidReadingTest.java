package org.journeyboard.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.journeyboard.model.Card;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Language;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;
import org.junit.jupiter.api.Test;

/** Real text through mermaid's rules: entity codes, comments, front matter, keywords in any case, line breaks. */
class MermaidReadingTest {
    private static MermaidImport read(String text) throws Exception {
        return MermaidImport.read(text, "reise.mmd", "reise", Language.DE, Locale.GERMAN, Instant.EPOCH);
    }

    @Test
    void entityCodesAreTheCharactersABrowserShows() throws Exception {
        JourneyMap map = read("""
                journey
                  title Einbruch#58; was nun#59; „sofort“ 😀 #35;1
                  section Kauf #num;2 #auml;rger
                    Zahlung per #quot;PayPal#quot;#colon; 2 Klicks: 2: Frau Müller#44; Nachbarin, Herr Öztürk
                    Lieferung #128; #0; #unbekannt;: 3
                """).map();
        assertThat(map.title()).isEqualTo("Einbruch: was nun; „sofort“ 😀 #1");
        assertThat(map.phases()).extracting(Phase::name).containsExactly("Kauf #2 ärger");
        assertThat(map.cards()).extracting(Card::title)
                .containsExactly("Zahlung per \"PayPal\": 2 Klicks", "Lieferung € \uFFFD &unbekannt;");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Frau Müller, Nachbarin", "Herr Öztürk");
    }

    @Test
    void commentsDirectivesAndFrontMatterAreNotPartOfTheJourney() throws Exception {
        MermaidImport read = read("""
                ---
                title: "Der Weg zur Haustür: gut"
                config:
                  journey:
                    maxLabelWidth: 200
                ---
                %%{init: {'theme': 'forest'}}%%
                %% ein Entwurf von Anna
                journey
                  %% noch offen: Preise
                  SECTION Morgens # vor der Arbeit
                    Tee kochen : 5 : Anna # mit Zucker
                    Zeitung lesen: 4: Anna %% am Tisch
                """);
        assertThat(read.map().title()).isEqualTo("Der Weg zur Haustür: gut");
        assertThat(read.journey().sections()).containsExactly("Morgens ");
        assertThat(read.map().phases()).extracting(Phase::name).containsExactly("Morgens");
        assertThat(read.map().cards()).extracting(Card::title).containsExactly("Tee kochen", "Zeitung lesen");
        // mermaid only drops whole-line comments: within a task line %% is text
        assertThat(read.map().personas()).extracting(Persona::name).containsExactly("Anna", "Anna %% am Tisch");
    }

    @Test
    void aTitleLineOverridesTheFrontMatterAndKeywordsIgnoreCase() throws Exception {
        MermaidImport read = read("---\ntitle: Alt\n---\njourney\nTITLE Neu: mit Doppelpunkt\nAccDescr: Von „früh“ bis spät\n");
        assertThat(read.map().title()).isEqualTo("Neu: mit Doppelpunkt");
        assertThat(read.map().description()).isEqualTo("Von „früh“ bis spät");
    }

    @Test
    void lineBreaksAreLineBreaksAndJourneysIsATaskName() throws Exception {
        JourneyMap map = read("journey\n  Journeys planen<br/>und buchen: 4\n  Reise<br \t/>antreten: 5\n").map();
        assertThat(map.phases()).extracting(Phase::name).containsExactly("");
        assertThat(map.cards()).extracting(Card::title).containsExactly("Journeys planen\nund buchen", "Reise\nantreten");
        assertThat(map.curves()).extracting(EmotionCurve::name).containsExactly("reise");
        assertThat(map.curves().get(0).points()).extracting(p -> p.score()).containsExactly(1, 2);
        assertThat(map.curves().get(0).points()).extracting(p -> p.position()).containsExactly(0.25, 0.75);
    }

    @Test
    void aFrontMatterTitleIsShownAsItIsWithoutEntityCodes() throws Exception {
        assertThat(read("---\ntitle: \"Nr. #58; <br> bleibt\"\n---\njourney\n").map().title()).isEqualTo("Nr. #58; <br> bleibt");
    }
}
