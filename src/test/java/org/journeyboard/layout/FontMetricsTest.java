package org.journeyboard.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontMetricsTest {
    private final FontMetrics regular = FontMetrics.regular();

    @Test
    void widthsComeFromTheFontAndScaleWithTheSize() {
        assertThat(regular.width("", 12)).isZero();
        double w12 = regular.width("Überlegung", 12);
        assertThat(w12).isGreaterThan(40).isLessThan(100);
        assertThat(regular.width("Überlegung", 24)).isCloseTo(2 * w12, within(1e-9));
        // DejaVu Sans: 'i' is much narrower than 'W'
        assertThat(regular.width("W", 12)).isGreaterThan(2 * regular.width("i", 12));
    }

    @Test
    void boldIsWiderThanRegular() {
        assertThat(FontMetrics.bold().width("Kundenbindung", 12)).isGreaterThan(regular.width("Kundenbindung", 12));
    }

    @Test
    void verticalMetricsMatchDejaVuSans() {
        // DejaVu Sans: ascender 1901, descender -483, unitsPerEm 2048
        assertThat(regular.ascent(10)).isCloseTo(10 * 1901 / 2048.0, within(1e-6));
        assertThat(regular.descent(10)).isCloseTo(10 * 483 / 2048.0, within(1e-6));
        assertThat(regular.lineHeight(10)).isGreaterThanOrEqualTo(regular.ascent(10) + regular.descent(10));
    }

    @Test
    void knowsWhichCharactersTheFontHas() {
        assertThat(regular.canDisplay('ß')).isTrue();
        assertThat(regular.canDisplay('€')).isTrue();
        assertThat(regular.canDisplay('…')).isTrue();
        assertThat(regular.canDisplay(0x4E2D)).isFalse(); // a CJK ideograph DejaVu Sans lacks
        assertThat(regular.width("\u4E2D", 12)).isPositive();
    }

    @Test
    void everyAdvanceIsTheUnchangedFontFilesOwn() throws Exception {
        for (boolean isBold : new boolean[] {false, true}) {
            FontMetrics metrics = FontMetrics.of(isBold);
            try (InputStream in = FontMetricsTest.class.getResourceAsStream(metrics.resource());
                 TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = original.getUnicodeCmapLookup();
                double upem = original.getUnitsPerEm();
                double notdef = original.getAdvanceWidth(0) / upem;
                int glyphs = 0;
                for (char c = 0; c < 0xffff; c++) {
                    int gid = cmap.getGlyphId(c);
                    boolean has = gid > 0;
                    double expected = has ? original.getAdvanceWidth(gid) / upem : notdef;
                    assertThat(metrics.canDisplay(c)).as("U+%04X", (int) c).isEqualTo(has);
                    assertThat(metrics.advanceOf(c)).as("U+%04X", (int) c).isCloseTo(expected, within(1e-6));
                    glyphs += has ? 1 : 0;
                }
                assertThat(glyphs).isGreaterThan(3000);
                TrueTypeFont parsed = metrics.trueTypeFont();
                assertThat(parsed.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
                assertThat(parsed.getPostScript().getItalicAngle()).isEqualTo(original.getPostScript().getItalicAngle());
                assertThat(parsed.getPostScript().getIsFixedPitch())
                        .isEqualTo(original.getPostScript().getIsFixedPitch());
                assertThat(parsed.getName()).isEqualTo(original.getName());
                CmapLookup kept = parsed.getUnicodeCmapLookup();
                for (int c = 0; c < 0x30000; c++) {
                    assertThat(kept.getGlyphId(c)).as("U+%04X", c).isEqualTo(cmap.getGlyphId(c));
                }
            }
        }
    }

    @Test
    void theFontIsParsedOncePerProcess() {
        FontMetrics.readInBackground();
        assertThat(FontMetrics.regular()).isSameAs(FontMetrics.regular());
        assertThat(FontMetrics.regular().trueTypeFont()).isSameAs(FontMetrics.of(false).trueTypeFont());
        assertThat(FontMetrics.bold().trueTypeFont()).isNotSameAs(FontMetrics.regular().trueTypeFont());
    }
}
