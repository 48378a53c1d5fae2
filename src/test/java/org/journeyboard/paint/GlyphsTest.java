package org.journeyboard.paint;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeyboard.layout.FontMetrics;
import org.junit.jupiter.api.Test;

class GlyphsTest {
    private final FontMetrics font = FontMetrics.regular();

    @Test
    void germanAndTypographicTextStaysAsItIs() {
        String text = "Größe Übergabe „Lösung“ – € 49,90 ‚ok‘ — ß “quoted” ’s …";
        assertThat(Glyphs.drawable(text, font)).isSameAs(text);
    }

    @Test
    void charactersTheFontLacksBecomeOneVisibleMarkEach() {
        String replacement = new String(Character.toChars(Glyphs.REPLACEMENT));
        assertThat(font.canDisplay(Glyphs.REPLACEMENT)).isTrue();
        // an emoji (two chars), a CJK ideograph and a tab: each becomes one mark, nothing is dropped
        assertThat(Glyphs.drawable("a😀b漢c\td", font))
                .isEqualTo("a" + replacement + "b" + replacement + "c" + replacement + "d");
    }
}
