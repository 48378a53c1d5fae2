package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.journeyboard.export.ComparisonPages;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.insights.Comparison;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Compare with… on the two German samples: the worst case opens beside the good case, read-only, as the very
 * pages the comparison PDF prints; the open map stays as it was; a file that cannot be read says so.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWithTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = GermanWindow.on(stage, dialogs);
        window.show(null);
    }

    @AfterEach
    void closeComparison(FxRobot robot) {
        if (window.comparisonForTest() != null) {
            robot.interact(() -> window.comparisonForTest().stage().close());
        }
    }

    private static JourneyMap sample(String fileName) {
        return Samples.all().stream().filter(s -> s.fileName().equals(fileName)).map(Sample::map).findFirst()
                .orElseThrow();
    }

    private Path write(String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        JourneyFiles.write(sample(fileName), file);
        return file;
    }

    @Test
    void theWorstCaseOpensBesideTheGoodCaseAsThePdfPrintsIt(FxRobot robot) throws Exception {
        Path good = write("sicherheitstechnik-gut.journey.json");
        Path worst = write("sicherheitstechnik-worst-case.journey.json");
        robot.interact(() -> window.session().open(good));
        WaitForAsyncUtils.waitForFxEvents();
        JourneyMap before = window.document().map();
        dialogs.openAnswers.add(Optional.of(worst));

        robot.interact(() -> window.menusForTest().findItem("menu.file.compare").fire());
        WaitForAsyncUtils.waitForFxEvents();

        ComparisonWindow comparison = window.comparisonForTest();
        assertThat(comparison).isNotNull();
        assertThat(comparison.stage().isShowing()).isTrue();
        assertThat(comparison.stage().getTitle())
                .isEqualTo("Vergleich: sicherheitstechnik-gut → sicherheitstechnik-worst-case (nur lesen)");
        // the same pages as compare A B -o compare.pdf
        int printed = ComparisonPages.compose(Comparison.of(sample("sicherheitstechnik-gut.journey.json"),
                sample("sicherheitstechnik-worst-case.journey.json")), "sicherheitstechnik-gut",
                "sicherheitstechnik-worst-case", PdfOptions.defaults()).size();
        assertThat(comparison.pages()).hasSize(printed);
        List<Canvas> canvases = comparison.canvases();
        assertThat(canvases).hasSize(printed);
        assertThat(robot.lookup("#comparison-page-1").queryAll()).hasSize(1);
        // both curves are on the first page: the good case's blue and the worst case's vermillion
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvases.get(0).snapshot(null, null));
        assertThat(countNear(shot[0], Color.web("#0072B2"))).as("blue curve pixels").isGreaterThan(200);
        assertThat(countNear(shot[0], Color.web("#D55E00"))).as("vermillion curve pixels").isGreaterThan(200);
        // read-only: the open map is the good case as it was, unchanged and not marked as edited
        assertThat(window.document().map()).isEqualTo(before);
        assertThat(window.document().file()).isEqualTo(good);
        assertThat(window.session().isUnsaved()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadSaysSoAndOpensNoComparison(FxRobot robot) throws Exception {
        Path good = write("sicherheitstechnik-gut.journey.json");
        Path broken = dir.resolve("kaputt „Soll“.journey.json");
        Files.writeString(broken, "{ \"format\": \"journeyboard\", ");
        robot.interact(() -> window.session().open(good));
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.openAnswers.add(Optional.of(broken));

        robot.interact(() -> window.menusForTest().findItem("menu.file.compare").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.comparisonForTest()).isNull();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Die Datei „kaputt „Soll“.journey.json“ konnte nicht");
        assertThat(window.document().file()).isEqualTo(good);
    }

    @Test
    void withoutAMapTheMenuItemIsOff(FxRobot robot) {
        assertThat(window.menusForTest().findItem("menu.file.compare").isDisable()).isTrue();
    }

    private static int countNear(WritableImage image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.08 && Math.abs(c.getGreen() - colour.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.08) {
                    count++;
                }
            }
        }
        return count;
    }
}
