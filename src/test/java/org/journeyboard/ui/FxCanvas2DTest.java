package org.journeyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxCanvas2DTest {
    private static final List<String> SAMPLES = List.of(
            "Aufmerksamkeit", "Kundenbindung und Fürsprache", "Zahlung per PayPal fehlt – 49,90 €",
            "Straße, Größe, Übergröße: „Montage“", "Customer journey map for a security system",
            "WWWWiiiii llll MMMM");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void javafxMeasuresTheBundledFontLikeFontbox(FxRobot robot) {
        robot.interact(() -> {
            for (boolean bold : new boolean[] {false, true}) {
                for (double size : new double[] {11, 12, 14, 22}) {
                    for (String s : SAMPLES) {
                        Text text = new Text(s);
                        text.setFont(FxCanvas2D.font(size, bold));
                        double fx = text.getLayoutBounds().getWidth();
                        double ours = FontMetrics.of(bold).width(s, size);
                        assertThat(fx).as("%s at %s bold=%s", s, size, bold).isCloseTo(ours, within(ours * 0.02));
                    }
                }
            }
        });
    }

    @Test
    void whatTheFontLacksShowsTheSameMarkOnScreenAsOnPaper(FxRobot robot) {
        // the PDF, SVG and PNG backends draw U+FFFD for an emoji or CJK character; the screen must too
        String typed = "Danke 😀 für 日本 – ok";
        String mark = new String(Character.toChars(org.journeyboard.paint.Glyphs.REPLACEMENT));
        String onPaper = "Danke " + mark + " für " + mark + mark + " – ok";
        assertThat(org.journeyboard.paint.Glyphs.drawable(typed, FontMetrics.regular())).isEqualTo(onPaper);
        assertThat(pixels(robot, typed)).isEqualTo(pixels(robot, onPaper));
        assertThat(pixels(robot, typed)).isNotEqualTo(pixels(robot, "Danke  für  – ok"));
    }

    private static int[] pixels(FxRobot robot, String text) {
        Canvas canvas = new Canvas(220, 30);
        int[] argb = new int[220 * 30];
        robot.interact(() -> {
            canvas.getGraphicsContext2D().setFill(javafx.scene.paint.Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 220, 30);
            FxCanvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
            g.setFill(new Colour(0, 0, 0));
            g.text(text, 4, 20, 14, false);
            WritableImage shot = canvas.snapshot(null, null);
            shot.getPixelReader().getPixels(0, 0, 220, 30, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb,
                    0, 220);
        });
        return argb;
    }

    @Test
    void theLoadedFontIsDejaVuSans() {
        assertThat(FxCanvas2D.font(12, false).getFamily()).isEqualTo("DejaVu Sans");
        assertThat(FxCanvas2D.font(12, true).getName()).contains("Bold");
    }

    @Test
    void drawsShapesAndTextOntoTheCanvas(FxRobot robot) {
        Canvas canvas = new Canvas(60, 40);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            FxCanvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
            g.setFill(new Colour(255, 0, 0));
            g.fillRoundRect(2, 2, 20, 20, 4);
            g.setFill(new Colour(0, 0, 255));
            g.save();
            g.translate(30, 0);
            g.fillCircle(10, 10, 8);
            g.restore();
            g.setFill(new Colour(0, 0, 0));
            g.text("Hi", 2, 36, 12, true);
            shot[0] = canvas.snapshot(null, null);
        });
        assertThat(shot[0].getPixelReader().getArgb(12, 12)).isEqualTo(0xFFFF0000);
        assertThat(shot[0].getPixelReader().getArgb(40, 10)).isEqualTo(0xFF0000FF);
        int dark = 0;
        for (int x = 0; x < 20; x++) {
            for (int y = 26; y < 38; y++) {
                if ((shot[0].getPixelReader().getArgb(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("pixels of the text").isGreaterThan(10);
    }

    @Test
    void drawsAPictureStretchedIntoItsRectangle(FxRobot robot) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, 0x00FF00);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        org.journeyboard.model.Picture picture = new org.journeyboard.model.Picture("image/png", png.toByteArray());
        Canvas canvas = new Canvas(60, 40);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            FxCanvas2D g = new FxCanvas2D(canvas.getGraphicsContext2D());
            g.drawImage(picture, 10, 10, 30, 20);
            g.drawImage(new org.journeyboard.model.Picture("image/png", new byte[] {1, 2}), 0, 0, 5, 5);
            shot[0] = canvas.snapshot(null, null);
        });
        assertThat(shot[0].getPixelReader().getArgb(25, 20)).isEqualTo(0xFF00FF00);
        assertThat(shot[0].getPixelReader().getArgb(50, 35)).isNotEqualTo(0xFF00FF00);
    }
}
