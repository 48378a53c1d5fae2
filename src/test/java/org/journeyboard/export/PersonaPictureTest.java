package org.journeyboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PersonaBox;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Picture;
import org.journeyboard.paint.PictureFraming;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A persona's picture reaches every output: embedded once in the PDF, inlined in the SVG, painted in the PNG. */
class PersonaPictureTest {
    private static final Color PHOTO = new Color(200, 30, 40);

    static Picture picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(PHOTO);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return new Picture("image/" + (format.equals("jpg") ? "jpeg" : format), out.toByteArray());
    }

    static JourneyMap withPicture(Picture picture) {
        JourneyMap map = GeneratedMaps.withCards(20, 4);
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.set(0, personas.get(0).withPicture(picture));
        return map.withPersonas(personas);
    }

    @Test
    void thePdfEmbedsThePictureOnceAsAnImageXObject() throws Exception {
        JourneyMap map = withPicture(picture("png", 80, 60));
        byte[] pdf = PdfTesting.export(map, PdfOptions.defaults().withPlacement(
                new org.journeyboard.export.Placement.Tiles(2, 1)), Edition.handout());
        try (PDDocument doc = PdfTesting.load(pdf)) {
            List<COSName> names = new ArrayList<>();
            int images = 0;
            for (var page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isEqualTo(80);
                        names.add(name);
                    }
                }
            }
            assertThat(images).as("the picture on the sheet that shows the persona").isGreaterThanOrEqualTo(1);
        }
        byte[] without = PdfTesting.export(GeneratedMaps.withCards(20, 4), PdfOptions.defaults(), Edition.handout());
        try (PDDocument doc = PdfTesting.load(without)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).noneMatch(n -> {
                try {
                    return doc.getPage(0).getResources().getXObject(n) instanceof PDImageXObject;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theSvgCarriesThePictureAsADataUriInAnImageElement() throws Exception {
        String svg = SvgExport.toSvg(withPicture(picture("jpg", 40, 60)), false);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        NodeList images = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image");
        assertThat(images.getLength()).isEqualTo(1);
        Element image = (Element) images.item(0);
        assertThat(image.getAttributeNS("http://www.w3.org/1999/xlink", "href")).startsWith("data:image/jpeg;base64,");
        assertThat(image.getAttribute("href")).startsWith("data:image/jpeg;base64,/9j/");
    }

    @Test
    void thePngShowsThePictureInsideThePersonaCard() throws Exception {
        JourneyMap map = withPicture(picture("png", 30, 30));
        PersonaBox box = MapLayout.of(map).personas().get(0);
        assertThat(box.hasPicture()).isTrue();
        assertThat(box.rect().encloses(box.pictureBox())).isTrue();
        assertThat(box.name().x()).as("the name starts right of the picture").isGreaterThan(box.pictureBox().right());
        BufferedImage png = PngExport.render(map, PngOptions.atDpi(72, false));
        int rgb = png.getRGB((int) box.pictureBox().centerX(), (int) box.pictureBox().centerY()) & 0xFFFFFF;
        assertThat(rgb).isEqualTo(PHOTO.getRGB() & 0xFFFFFF);
    }

    @Test
    void aPictureIsCroppedToCoverItsSquareWithItsAspectKept() throws Exception {
        Picture wide = picture("png", 200, 100);
        assertThat(PictureFraming.pixelSize(wide)).containsExactly(200, 100);
        assertThat(PictureFraming.pixelSize(picture("jpg", 31, 17))).containsExactly(31, 17);
        assertThat(PictureFraming.pixelSize(new Picture("image/png", new byte[] {1, 2, 3}))).isNull();
        var square = new org.journeyboard.layout.Rect(10, 20, 40, 40);
        var framed = PictureFraming.cover(wide, square);
        assertThat(framed.height()).isEqualTo(40);
        assertThat(framed.width()).isEqualTo(80);
        assertThat(framed.centerX()).isEqualTo(square.centerX());
    }

    @Test
    void aDamagedPictureIsLeftOutAndTheExportStillWorks() throws Exception {
        JourneyMap map = withPicture(new Picture("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}));
        assertThat(PdfTesting.text(PdfTesting.export(map, PdfOptions.defaults(), Edition.handout())))
                .contains(map.personas().get(0).name());
        assertThat(PngExport.render(map, PngOptions.atDpi(36, false)).getWidth()).isGreaterThan(10);
    }
}
