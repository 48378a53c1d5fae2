package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    private final FontMetrics font = FontMetrics.regular();

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(TextWrap.wrap("Hotline", font, 12, 200)).containsExactly("Hotline");
    }

    @Test
    void breaksAtSpacesAndEveryLineFits() {
        String text = "Der Kunde vergleicht Angebote und liest Bewertungen auf mehreren Portalen";
        List<String> lines = TextWrap.wrap(text, font, 12, 120);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(l -> assertThat(font.width(l, 12)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).noneMatch(l -> l.startsWith(" ") || l.endsWith(" "));
    }

    @Test
    void breaksAWordLongerThanALine() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
        List<String> lines = TextWrap.wrap(word, font, 12, 80);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(l -> assertThat(font.width(l, 12)).isLessThanOrEqualTo(80));
    }

    @Test
    void endsWithEllipsisWhenMoreLinesAreNeededThanAllowed() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        List<String> lines = TextWrap.wrap(text, font, 12, 70, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(TextWrap.ELLIPSIS);
        assertThat(font.width(lines.get(1), 12)).isLessThanOrEqualTo(70);
    }

    @Test
    void noEllipsisWhenTheTextFitsExactlyIntoTheAllowedLines() {
        List<String> lines = TextWrap.wrap("alpha beta", font, 12, 40, 2);
        assertThat(lines).containsExactly("alpha", "beta");
    }

    @Test
    void keepsExplicitLineBreaksAndCutsAfterTheLastAllowedParagraph() {
        assertThat(TextWrap.wrap("Zeile eins\nZeile zwei", font, 12, 300)).containsExactly("Zeile eins", "Zeile zwei");
        List<String> cut = TextWrap.wrap("a\nb\nc", font, 12, 300, 2);
        assertThat(cut).containsExactly("a", "b" + TextWrap.ELLIPSIS);
    }

    @Test
    void emptyOrBlankTextGivesNoLines() {
        assertThat(TextWrap.wrap("", font, 12, 100)).isEmpty();
        assertThat(TextWrap.wrap("   ", font, 12, 100)).isEmpty();
    }

    @Test
    void widerTypeNeedsMoreLines() {
        String text = "Gutschein Lieferung Montage Kamera Wartung Bewertung Empfehlung";
        assertThat(TextWrap.wrap(text, font, 16, 150).size())
                .isGreaterThan(TextWrap.wrap(text, font, 10, 150).size());
        assertThat(TextWrap.wrap(text, FontMetrics.bold(), 12, 150).size())
                .isGreaterThanOrEqualTo(TextWrap.wrap(text, font, 12, 150).size());
    }
}
