package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.journeyboard.layout.FontMetrics;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
    @Test
    void boldTextIsSetInTheBoldFont() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            assertThat(fonts.of(true).getName()).endsWith("DejaVuSans-Bold");
            assertThat(fonts.of(false).getName()).endsWith("DejaVuSans");
        }
    }

    @Test
    void theDocumentEmbedsTheFontTheLayoutMeasuresWith() throws Exception {
        // one parse per process: no second copy of the font for the PDF, and it survives closing a document
        for (int i = 0; i < 2; i++) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                PdfFonts fonts = PdfFonts.load(doc);
                for (boolean bold : new boolean[] {false, true}) {
                    org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid =
                            (org.apache.pdfbox.pdmodel.font.PDCIDFontType2) fonts.of(bold).getDescendantFont();
                    assertThat(cid.getTrueTypeFont()).isSameAs(FontMetrics.of(bold).trueTypeFont());
                }
            }
        }
        assertThat(FontMetrics.regular().trueTypeFont().getUnicodeCmapLookup().getGlyphId('A')).isPositive();
    }

    @Test
    void ligaturesAndKerningAreHiddenButEveryGlyphStays() throws Exception {
        byte[] original;
        try (InputStream in = PdfFontsTest.class.getResourceAsStream(FontMetrics.REGULAR_RESOURCE)) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
             TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(
                     FontMetrics.withoutGlyphSubstitution(original)))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "kern");
            assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (char c : "AÄßé€„“–".toCharArray()) {
                int gid = after.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(gid).isEqualTo(before.getUnicodeCmapLookup().getGlyphId(c)).isPositive();
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
            }
        }
    }
}
