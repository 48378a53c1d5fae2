package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.journeyboard.edit.MapEdits;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.testing.GeneratedMaps;
import org.journeyboard.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A map named on the command line (ADR 6): its first frame comes before the chrome, which arrives right after, in the
 * room kept for it, and then works like the chrome of a window built at once.
 */
@ExtendWith(ApplicationExtension.class)
class MapFirstStartTest {
    private final JourneyMap map = GeneratedMaps.withCards(60, 3);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeRecovery recovery = new FakeRecovery();
    private final MemoryPreferences prefs = new MemoryPreferences();
    private Stage stage;
    private Stage second;
    private Path dir;

    /** What the window looked like when its first map frame was on screen. */
    private static final class FirstFrame {
        boolean chromeThere;
        String topStyle;
        int colouredSamples;
        Bounds mapInScene;
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("journeyboard-start");
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws IOException {
        if (second != null) {
            robot.interact(second::close);
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private MainWindow window(Stage on) {
        return new MainWindow(on, new Messages(Locale.ENGLISH), new WindowSettings(prefs),
                new RecentFiles(prefs.node("recent")), recovery, dialogs, MapFiles.onDisk(Locale.ENGLISH),
                new MainWindowTest.MemoryClipboard(), Background.IN_PLACE);
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        JourneyFiles.write(map, file);
        return file;
    }

    private static FileOnStart readAtStart(Path file) {
        return FileOnStart.readInPlace(file, Locale.ENGLISH, MapFiles.onDisk(Locale.ENGLISH));
    }

    /** Shows {@code window} with {@code file} as at start and notes what its first map frame showed. */
    private static FirstFrame showOpening(FxRobot robot, MainWindow window, Path file) {
        FirstFrame first = new FirstFrame();
        robot.interact(() -> {
            window.mapCanvas().whenMapOnScreen(() -> {
                first.chromeThere = window.menusForTest() != null;
                first.topStyle = String.join(" ", root(window).getTop().getStyleClass());
                first.mapInScene = window.mapCanvas().localToScene(window.mapCanvas().getLayoutBounds());
                WritableImage shot = window.mapCanvas().canvas().snapshot(null, null);
                for (int y = 0; y < shot.getHeight(); y += 7) {
                    for (int x = 0; x < shot.getWidth(); x += 7) {
                        if (shot.getPixelReader().getArgb(x, y) != 0xFFFFFFFF) {
                            first.colouredSamples++;
                        }
                    }
                }
            });
            window.showOpening(readAtStart(file));
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.menusForTest() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the chrome did not arrive", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return first;
    }

    private static BorderPane root(MainWindow window) {
        return (BorderPane) window.stage().getScene().getRoot();
    }

    @Test
    void theMapIsOnScreenFirstAndTheChromeThatFollowsWorks(FxRobot robot) throws Exception {
        MainWindow window = window(stage);
        FirstFrame first = showOpening(robot, window, write("first.journey.json"));

        assertThat(first.chromeThere).as("no chrome in the map's first frame").isFalse();
        assertThat(first.topStyle).contains("chrome-space-top");
        assertThat(first.colouredSamples).as("the map's pixels in that frame").isGreaterThan(500);

        assertThat(stage.getTitle()).isEqualTo("first.journey.json – Journeyboard");
        assertThat(robot.lookup(".menu-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#tool-menu-file-save").query().isDisabled()).isFalse();
        assertThat(window.palette().getScene()).isNotNull();
        assertThat(window.inspector().getScene()).isNotNull();
        assertThat(window.inspector().document()).isSameAs(window.document());
        assertThat(robot.lookup(".welcome").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status-save").queryLabeled().getText()).isEqualTo("All changes saved");

        // the accelerators of the menus and the extra ones of the scene act on the map
        robot.interact(() -> window.document().apply(MapEdits.setTitle("Renamed")));
        assertThat(robot.lookup("#status-save").queryLabeled().getText()).isEqualTo("Unsaved changes");
        robot.interact(window.mapCanvas()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().map().title()).isEqualTo(map.title());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().map().title()).isEqualTo("Renamed");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-zoom").queryLabeled().getText()).isEqualTo("125 %");
    }

    @Test
    void theChromeTakesTheRoomKeptForItSoTheMapStaysPut(FxRobot robot) throws Exception {
        Path file = write("room.journey.json");
        MainWindow window = window(stage);
        showOpening(robot, window, file);
        // the window remembers the room its chrome takes
        Insets[] taken = new Insets[1];
        robot.interact(() -> {
            BorderPane root = root(window);
            taken[0] = new Insets(((Region) root.getTop()).getHeight(), ((Region) root.getRight()).getWidth(),
                    ((Region) root.getBottom()).getHeight(), ((Region) root.getLeft()).getWidth());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new WindowSettings(prefs).chromeSpace().equals(taken[0]));

        // the next start keeps that room free: the map's first frame is where the map stays
        robot.interact(() -> {
            second = new Stage();
            second.setX(stage.getX());
            second.setY(stage.getY());
        });
        MainWindow next = window(second);
        FirstFrame first = showOpening(robot, next, file);
        Bounds[] after = new Bounds[1];
        robot.interact(() -> after[0] = next.mapCanvas().localToScene(next.mapCanvas().getLayoutBounds()));
        assertThat(first.chromeThere).isFalse();
        assertThat(after[0]).isEqualTo(first.mapInScene);
    }

    @Test
    void aFileThatCannotBeOpenedShowsItsErrorOverTheWelcomeView(FxRobot robot) {
        MainWindow window = window(stage);
        Path missing = dir.resolve("missing.journey.json");
        robot.interact(() -> window.showOpening(readAtStart(missing)));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.menusForTest() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the chrome did not arrive", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("missing.journey.json");
        assertThat(window.document()).isNull();
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
        assertThat(root(window).getLeft()).isNull();
        assertThat(root(window).getRight()).isNull();
    }

    @Test
    void crashedWorkOnOfferComesFirstInTheWholeWindow(FxRobot robot) throws Exception {
        Path file = write("later.journey.json");
        recovery.offers.add(new RecoveryOffer("doc-1", "Lost work", null, Instant.EPOCH));
        dialogs.recoveryAnswers.add(Dialogs.RecoveryChoice.LATER);
        MainWindow window = window(stage);
        boolean[] chromeWhenAsked = new boolean[1];
        robot.interact(() -> {
            window.showOpening(readAtStart(file));
            chromeWhenAsked[0] = window.menusForTest() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chromeWhenAsked[0]).as("built before the recovery question, as without a file").isTrue();
        assertThat(dialogs.asked).containsExactly("recovery");
        // nothing restored: the file opens
        assertThat(window.document().file()).isEqualTo(file);
        Node top = root(window).getTop();
        assertThat(top.getStyleClass()).doesNotContain("chrome-space-top");
    }
}
