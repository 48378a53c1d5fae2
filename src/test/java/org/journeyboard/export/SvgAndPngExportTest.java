package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgAndPngExportTest {
    private static final JourneyMap MAP = Samples.all().get(0).map();

    @TempDir
    Path dir;

    @Test
    void theSvgIsWellFormedXmlWithTextAsTextAndAViewBoxAtTheMapsSize() throws Exception {
        JourneyMap tricky = MAP.mapCard(MAP.cards().get(0).id(), c -> c.withTitle("A & B <C> \"D\" \u0007 😀"));
        Path file = dir.resolve("map.svg");
        new ExportJob(ExportJob.Format.SVG, PdfOptions.defaults(), Set.of(), PngOptions.defaults(), file)
                .run(tricky, ExportProgress.NONE);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element svg = doc.getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        MapLayout layout = MapLayout.of(tricky);
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + (long) Math.ceil(layout.width()) + " "
                + (long) Math.ceil(layout.height()));
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            assertThat(t.getAttribute("font-family")).contains("DejaVu Sans");
            all.append(t.getTextContent()).append(' ');
        }
        String text = PdfTesting.flat(all.toString());
        for (Card card : MAP.cards().subList(1, MAP.cards().size())) {
            assertThat(text).contains(PdfTesting.flat(card.title()));
        }
        assertThat(text).contains("A & B <C> \"D\" \uFFFD \uFFFD");
        assertThat(text).contains(MAP.phases().get(0).name(), MAP.personas().get(0).name());
    }

    @Test
    void theSvgCarriesSubsetsOfTheFontWithTheGlyphsItUses() throws Exception {
        String svg = SvgExport.toSvg(MAP, false);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        int faces = 0;
        while (m.find()) {
            byte[] ttf = java.util.Base64.getDecoder().decode(m.group(1));
            // a subset, far smaller than the 700 KB font
            assertThat(ttf.length).isLessThan(120 * 1024);
            try (var font = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(ttf))) {
                var cmap = font.getUnicodeCmapLookup();
                assertThat(cmap.getGlyphId('e')).isPositive();
                assertThat(cmap.getGlyphId('Ж')).isZero();
            }
            faces++;
        }
        assertThat(faces).isEqualTo(2);
        assertThat(svg).contains("font-family: '" + SvgFonts.EMBEDDED_FAMILY + "'; font-weight: bold");
        assertThat(svg.length()).isLessThan(400 * 1024);
    }

    @Test
    void transparentSvgHasNoBackgroundRectangle() {
        String opaque = SvgExport.toSvg(MAP, false);
        String clear = SvgExport.toSvg(MAP, true);
        assertThat(opaque).contains("fill=\"#FFFFFF\"/>");
        assertThat(clear.length()).isLessThan(opaque.length());
        assertThat(new String(clear.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).startsWith("<?xml");
    }

    @Test
    void thePngHasTheAskedWidthOrDpi() throws Exception {
        Path file = dir.resolve("map.png");
        new ExportJob(ExportJob.Format.PNG, PdfOptions.defaults(), Set.of(), PngOptions.atWidth(1200, false), file)
                .run(MAP, ExportProgress.NONE);
        BufferedImage image = ImageIO.read(file.toFile());
        MapLayout layout = MapLayout.of(MAP);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height() * 1200 / layout.width()));
        // white background, and something drawn on it
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(distinctColours(image)).isGreaterThan(20);

        BufferedImage at144 = PngExport.render(MAP, PngOptions.atDpi(144, true));
        assertThat(at144.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
        assertThat(at144.getColorModel().hasAlpha()).isTrue();
        assertThat(at144.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void aPictureTooLargeToRenderIsRefusedWithAReason() {
        assertThatThrownBy(() -> PngExport.render(MAP, PngOptions.atDpi(2400, false)))
                .hasMessageContaining("lower dpi");
        assertThatThrownBy(() -> PngOptions.atWidth(-1, false)).hasMessageContaining("width");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void numbersAreShortAndXmlIsEscaped() {
        assertThat(SvgCanvas2D.num(12)).isEqualTo("12");
        assertThat(SvgCanvas2D.num(1.5)).isEqualTo("1.5");
        assertThat(SvgCanvas2D.num(0.3333)).isEqualTo("0.33");
        assertThat(SvgCanvas2D.num(-0.001)).isEqualTo("0");
        assertThat(SvgCanvas2D.escape("a<b&\"c\">")).isEqualTo("a&lt;b&amp;&quot;c&quot;&gt;");
    }
}
