package org.journeyboard.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.sg.prism.NGNode;
import com.sun.prism.j2d.PrismPrintGraphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeyboard.export.Edition;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.PrintedPage;
import org.journeyboard.export.PrintedPages;
import org.journeyboard.testing.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What File › Print… hands to the printer, checked without a printer: the page node is rendered the way JavaFX's
 * Java 2D print pipeline renders it (wrapped in a scene, laid out for printing, its peer drawn on a
 * {@link PrismPrintGraphics} over a Java 2D image), and the map's pixels must be there. A page handed over as a canvas
 * with clipped drawing came out blank: that pipeline cannot replay a canvas clip and drops the node silently.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PrintActionTest {
    /** A4 landscape less small hardware margins, in points. */
    private static final double PRINTABLE_WIDTH = 820;
    private static final double PRINTABLE_HEIGHT = 575;

    @Start
    void start(Stage stage) {
        // Monocle: a shown stage needs a scene, or the first pulse waits forever (see ExportDialogTest)
        stage.setScene(new Scene(new StackPane(new Label("map window")), 300, 200));
        stage.show();
    }

    @Test
    void thePrintedPageShowsTheMapAsThePrintPipelineRendersIt() throws Exception {
        List<PrintedPage> pages = PrintedPages.compose(GeneratedMaps.withCards(40, 2), PdfOptions.defaults(),
                Edition.handout()).pages();
        PrintedPage page = pages.get(0);
        ImageView node = WaitForAsyncUtils.asyncFx(
                () -> PrintAction.pageNode(page, 1, pages.size(), PRINTABLE_WIDTH, PRINTABLE_HEIGHT)).get();

        double fit = Math.min(PRINTABLE_WIDTH / page.size().width(), PRINTABLE_HEIGHT / page.size().height());
        assertThat(node.getBoundsInParent().getWidth()).isCloseTo(page.size().width() * fit, within(0.5));
        assertThat(node.getBoundsInParent().getHeight()).isCloseTo(page.size().height() * fit, within(0.5));
        assertThat(node.getBoundsInParent().getWidth()).isLessThanOrEqualTo(PRINTABLE_WIDTH + 0.5);
        assertThat(node.getBoundsInParent().getHeight()).isLessThanOrEqualTo(PRINTABLE_HEIGHT + 0.5);

        BufferedImage printed = printAsThePipelineDoes(node, (int) PRINTABLE_WIDTH, (int) PRINTABLE_HEIGHT);
        int inked = 0;
        int coloured = 0;
        for (int y = 0; y < printed.getHeight(); y++) {
            for (int x = 0; x < printed.getWidth(); x++) {
                int rgb = printed.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 235 || g < 235 || b < 235) {
                    inked++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 20) {
                    coloured++;
                }
            }
        }
        int all = printed.getWidth() * printed.getHeight();
        // the map's phase columns, cards and lines: far more than a blank page's nothing
        assertThat(inked).as("pixels with ink of %d", all).isGreaterThan(all / 10);
        assertThat(coloured).as("coloured pixels of %d (phase colours)", all).isGreaterThan(all / 20);
    }

    /**
     * The steps of JavaFX's J2DPrinterJob for one page: the node in a group in a scene, laid out and synced on the FX
     * thread, then its peer rendered on the print thread; any exception there would have blanked the page.
     */
    private static BufferedImage printAsThePipelineDoes(Node node, int width, int height) throws Exception {
        NGNode peer = WaitForAsyncUtils.asyncFx(() -> {
            // the peer taken before the node joins a scene: the same object the sync fills, without a debug warning
            NGNode ng = NodeHelper.getPeer(node);
            Group root = new Group(node);
            new Scene(root);
            NodeHelper.layoutNodeForPrinting(root);
            return ng;
        }).get();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2d = image.createGraphics();
        g2d.setColor(java.awt.Color.WHITE);
        g2d.fillRect(0, 0, width, height);
        peer.render(new PrismPrintGraphics(g2d, width, height));
        g2d.dispose();
        return image;
    }

    @Test
    void theStatusSaysPageForOnePageInBothLanguages() {
        ExportTexts en = new ExportTexts(Locale.ENGLISH);
        ExportTexts de = new ExportTexts(Locale.GERMAN);
        assertThat(en.get("status.printed", 1, "PDF")).isEqualTo("Sent 1 page to “PDF”.");
        assertThat(en.get("status.printed", 3, "PDF")).isEqualTo("Sent 3 pages to “PDF”.");
        assertThat(de.get("status.printed", 1, "PDF")).isEqualTo("1 Seite an „PDF“ gesendet.");
        assertThat(de.get("status.printed", 3, "PDF")).isEqualTo("3 Seiten an „PDF“ gesendet.");
    }

    private static org.assertj.core.data.Offset<Double> within(double v) {
        return org.assertj.core.data.Offset.offset(v);
    }
}
