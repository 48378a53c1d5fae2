package org.journeyboard.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.ui.MapCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 §1: typing into the canvas's in-place editors keeps every character, and while a field is open every
 * key belongs to its text, not to the map, the menus or the window. Everything is typed through the robot into a
 * real window holding the German sample, and what was typed is checked in memory and in the saved file.
 */
@ExtendWith(ApplicationExtension.class)
class TypingOnTheCanvasTest {
    /** Spaces, umlauts and ß, German quotes, en and em dash, digits: typed key by key. */
    private static final String SENTENCE = "Nachbar erzählt vom Einbruch – „ganz schön groß“ — seit 2019 3 Mal";
    /** A character outside the BMP: typed by the robot (two UTF-16 halves, one after the other) and pasted. */
    private static final String EMOJI = "🙂";

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap sample = Samples.all().get(0).map();
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = GermanWindow.on(stage, dialogs);
        window.show(null);
    }

    private void openSample(FxRobot robot) throws Exception {
        Path file = JourneyFilesWriter.write(sample, dir.resolve("sicherheit.journey.json"));
        robot.interact(() -> window.session().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas().zoomAt(1, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves under a new name with the window's own Save As and reads the file back with the project's reader. */
    private JourneyMap saveAndReadBack(FxRobot robot) throws Exception {
        Path target = dir.resolve("gespeichert.journey.json");
        dialogs.saveAnswers.add(Optional.of(target));
        robot.interact(() -> window.session().saveAs());
        WaitForAsyncUtils.waitForFxEvents();
        return JourneyFiles.read(target);
    }

    private MapCanvas canvas() {
        return window.mapCanvas();
    }

    private TextInputControl field() {
        return canvas().inPlaceEditor().field();
    }

    private Point2D screen(double mapX, double mapY) {
        Point2D view = canvas().toView(mapX, mapY);
        return canvas().canvas().localToScreen(view.getX(), view.getY());
    }

    private Point2D centre(Rect r) {
        return screen(r.centerX(), r.centerY());
    }

    private void reveal(FxRobot robot, Rect r) {
        robot.interact(() -> canvas().reveal(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Lane lane(LaneKind kind) {
        return sample.lanes().stream().filter(l -> l.kind() == kind && !l.hidden()).findFirst().orElseThrow();
    }

    private Card firstCardIn(LaneKind kind) {
        String laneId = lane(kind).id();
        return sample.cards().stream().filter(c -> c.laneId().equals(laneId)).findFirst().orElseThrow();
    }

    private Card card(String id) {
        return window.document().map().card(id).orElseThrow();
    }

    /** Double-clicks the sample's first touchpoint card and waits for its field. */
    private Card editFirstTouchpoint(FxRobot robot) {
        Card card = firstCardIn(LaneKind.TOUCHPOINTS);
        Rect r = canvas().mapLayout().card(card.id()).map(CardBox::rect).orElseThrow();
        reveal(robot, r);
        r = canvas().mapLayout().card(card.id()).map(CardBox::rect).orElseThrow();
        robot.doubleClickOn(centre(r));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().inPlaceEditor().isOpen()).as("double-click opens the title").isTrue();
        assertThat(field().isFocused()).as("the field has the focus").isTrue();
        return card;
    }

    private void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWebsiteDroppedFromThePaletteOnATouchpointCellKeepsTheTypedSentence(FxRobot robot) throws Exception {
        openSample(robot);
        String laneId = lane(LaneKind.TOUCHPOINTS).id();
        String phaseId = sample.phases().get(1).id();
        List<String> before = window.document().map().cardsIn(phaseId, laneId).stream().map(Card::id).toList();
        Rect cell = canvas().mapLayout().cell(phaseId, laneId).orElseThrow();
        reveal(robot, cell);
        cell = canvas().mapLayout().cell(phaseId, laneId).orElseThrow();
        // a real drag from the palette's Website item to the cell, both in the window's scene
        Node website = robot.lookup("#palette-touchpoint-website").query();
        robot.drag(website, MouseButton.PRIMARY).moveTo(screen(cell.centerX() - 10, cell.bottom() - 6))
                .moveTo(screen(cell.centerX(), cell.bottom() - 5)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = window.document().map().cardsIn(phaseId, laneId).stream().map(Card::id).toList();
        assertThat(after).hasSize(before.size() + 1);
        String added = after.stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(card(added).touchpoint().type()).isEqualTo(TouchpointType.WEBSITE);
        assertThat(canvas().inPlaceEditor().isOpen()).isTrue();
        assertThat(field().isFocused()).as("the dropped card's field has the focus").isTrue();

        robot.write(SENTENCE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field().getText()).isEqualTo(SENTENCE);
        type(robot, KeyCode.ENTER);
        assertThat(canvas().inPlaceEditor().isOpen()).isFalse();
        assertThat(card(added).title()).isEqualTo(SENTENCE);
        assertThat(saveAndReadBack(robot).card(added).orElseThrow().title()).isEqualTo(SENTENCE);
    }

    @Test
    void aRetypedCardOfTheGermanSampleKeepsTheSentenceAPastedLineAndAnEmoji(FxRobot robot) throws Exception {
        openSample(robot);
        Card card = editFirstTouchpoint(robot);
        robot.write(SENTENCE + " ");
        WaitForAsyncUtils.waitForFxEvents();
        // the robot can type an emoji (see the multi-line test); here it arrives by paste, as from a picker
        putOnClipboard(robot, EMOJI + " Rückruf zugesagt – bis 18:30 Uhr");
        shortcut(robot, KeyCode.V);
        String expected = SENTENCE + " " + EMOJI + " Rückruf zugesagt – bis 18:30 Uhr";
        assertThat(field().getText()).isEqualTo(expected);
        type(robot, KeyCode.ENTER);
        assertThat(card(card.id()).title()).isEqualTo(expected);
        assertThat(saveAndReadBack(robot).card(card.id()).orElseThrow().title()).isEqualTo(expected);
    }

    @Test
    void aPhaseAndALaneHeaderAreRenamedWithSentences(FxRobot robot) throws Exception {
        openSample(robot);
        String phaseId = sample.phases().get(0).id();
        PhaseBox phase = canvas().mapLayout().phase(phaseId).orElseThrow();
        reveal(robot, phase.header());
        phase = canvas().mapLayout().phase(phaseId).orElseThrow();
        robot.doubleClickOn(screen(phase.name().x() + 4, phase.name().top() + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().inPlaceEditor().isOpen()).as("the phase name is open").isTrue();
        String phaseName = "Vor dem Kauf – Gespräch über Türschlösser 2026";
        robot.write(phaseName);
        // Up and Down in a one-line field belong to it too: no focus traversal, which would close the field
        type(robot, KeyCode.UP);
        type(robot, KeyCode.DOWN);
        assertThat(canvas().inPlaceEditor().isOpen()).as("Up and Down keep the phase field open").isTrue();
        assertThat(field().getText()).isEqualTo(phaseName);
        type(robot, KeyCode.ENTER);
        assertThat(window.document().map().phase(phaseId).orElseThrow().name()).isEqualTo(phaseName);

        String laneId = lane(LaneKind.ACTIONS).id();
        LaneBox lane = canvas().mapLayout().lane(laneId).orElseThrow();
        reveal(robot, lane.header());
        lane = canvas().mapLayout().lane(laneId).orElseThrow();
        robot.doubleClickOn(centre(lane.header()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().inPlaceEditor().isOpen()).as("the lane title is open").isTrue();
        String laneTitle = "Was die Kundin tut — „Schritt für Schritt“";
        robot.write(laneTitle);
        type(robot, KeyCode.ENTER);
        assertThat(window.document().map().lane(laneId).orElseThrow().title()).isEqualTo(laneTitle);

        JourneyMap saved = saveAndReadBack(robot);
        assertThat(saved.phase(phaseId).orElseThrow().name()).isEqualTo(phaseName);
        assertThat(saved.lane(laneId).orElseThrow().title()).isEqualTo(laneTitle);
    }

    @Test
    void anEmotionPointLabelKeepsTheTypedSentence(FxRobot robot) throws Exception {
        openSample(robot);
        CurvePointBox point = canvas().mapLayout().emotionLanes().get(0).curves().get(0).points().get(1);
        reveal(robot, new Rect(point.x() - 80, point.y() - 20, 160, 60));
        point = canvas().mapLayout().emotionLanes().get(0).curves().get(0).points().get(1);
        robot.doubleClickOn(screen(point.x(), point.y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().inPlaceEditor().isOpen()).as("the point's label is open").isTrue();
        String label = "Erleichtert, weil der Techniker um 7:45 Uhr kam – pünktlich";
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(label);
        type(robot, KeyCode.ENTER);
        String curveId = point.curveId();
        String pointId = point.pointId();
        assertThat(labelOf(window.document().map(), curveId, pointId)).isEqualTo(label);
        assertThat(labelOf(saveAndReadBack(robot), curveId, pointId)).isEqualTo(label);
    }

    private static String labelOf(JourneyMap map, String curveId, String pointId) {
        return map.curve(curveId).orElseThrow().points().stream().filter(p -> p.id().equals(pointId))
                .findFirst().orElseThrow().label();
    }

    @Test
    void spaceInAnOpenFieldTypesASpaceAndDoesNotPan(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> canvas().zoomAt(2, 0, 0));
        editFirstTouchpoint(robot);
        Rect view = canvas().visibleArea();
        robot.write("Alarm ");
        robot.press(KeyCode.SPACE);
        // a pan with Space held is a drag on the canvas: it must neither happen nor close the field
        robot.release(KeyCode.SPACE);
        robot.write("geht");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field().getText()).isEqualTo("Alarm  geht");
        assertThat(canvas().visibleArea()).isEqualTo(view);
        assertThat(canvas().canvas().getCursor()).isNotEqualTo(javafx.scene.Cursor.OPEN_HAND);
    }

    @Test
    void caretKeysMoveInsideTheFieldAndNotTheSelection(FxRobot robot) throws Exception {
        openSample(robot);
        Card card = editFirstTouchpoint(robot);
        List<String> selected = window.document().selectedCardIds();
        JourneyMap before = window.document().map();
        robot.write("Kunde ruft an");
        type(robot, KeyCode.HOME);
        robot.write("Der ");
        type(robot, KeyCode.END);
        robot.write(" heute");
        type(robot, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT);
        robot.write(",");
        type(robot, KeyCode.RIGHT);
        robot.write("gleich ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field().getText()).isEqualTo("Der Kunde ruft an, gleich heute");
        type(robot, KeyCode.UP);
        type(robot, KeyCode.DOWN);
        assertThat(canvas().inPlaceEditor().isOpen()).as("Up and Down keep the field open").isTrue();
        assertThat(window.document().map()).isSameAs(before);
        assertThat(window.document().selectedCardIds()).isEqualTo(selected);
        type(robot, KeyCode.ENTER);
        assertThat(card(card.id()).title()).isEqualTo("Der Kunde ruft an, gleich heute");
    }

    @Test
    void deleteAndBackspaceDeleteCharactersNotCards(FxRobot robot) throws Exception {
        openSample(robot);
        Card card = editFirstTouchpoint(robot);
        int cards = window.document().map().cards().size();
        robot.write("Tür ist offen");
        type(robot, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        type(robot, KeyCode.HOME);
        type(robot, KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field().getText()).isEqualTo("ür ist off");
        assertThat(window.document().map().cards()).hasSize(cards);
        type(robot, KeyCode.ENTER);
        assertThat(card(card.id()).title()).isEqualTo("ür ist off");
        assertThat(window.document().map().cards()).hasSize(cards);
    }

    @Test
    void ctrlACXVActOnTheFieldsText(FxRobot robot) throws Exception {
        openSample(robot);
        editFirstTouchpoint(robot);
        List<String> selected = window.document().selectedCardIds();
        int cards = window.document().map().cards().size();
        robot.write("Sensor meldet Bewegung");
        shortcut(robot, KeyCode.A);
        assertThat(field().getSelectedText()).isEqualTo("Sensor meldet Bewegung");
        assertThat(window.document().selectedCardIds()).as("Ctrl+A selects no cards").isEqualTo(selected);
        shortcut(robot, KeyCode.C);
        type(robot, KeyCode.END);
        robot.write(" und ");
        shortcut(robot, KeyCode.V);
        assertThat(field().getText()).isEqualTo("Sensor meldet Bewegung und Sensor meldet Bewegung");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.X);
        assertThat(field().getText()).isEmpty();
        assertThat(window.document().map().cards()).as("Ctrl+X cuts no card").hasSize(cards);
        shortcut(robot, KeyCode.V);
        assertThat(field().getText()).isEqualTo("Sensor meldet Bewegung und Sensor meldet Bewegung");
        assertThat(window.document().map().cards()).hasSize(cards);
        // keys the field has no use for reach no menu either: Ctrl+D duplicates no card, Ctrl+0 does not fit the map
        double zoom = canvas().zoom();
        shortcut(robot, KeyCode.D);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(window.document().map().cards()).as("Ctrl+D in the field duplicates no card").hasSize(cards);
        assertThat(canvas().zoom()).as("Ctrl+0 in the field leaves the zoom").isEqualTo(zoom);
        assertThat(canvas().inPlaceEditor().isOpen()).isTrue();
        assertThat(field().getText()).isEqualTo("Sensor meldet Bewegung und Sensor meldet Bewegung");
    }

    @Test
    void ctrlZUndoesInTheFieldAndLeavesTheMapHistoryAlone(FxRobot robot) throws Exception {
        openSample(robot);
        // one map edit before, so that a map undo would show
        Card renamed = firstCardIn(LaneKind.ACTIONS);
        robot.interact(() -> window.document().apply(
                org.journeyboard.edit.CardEdits.setCardTitle(renamed.id(), "Vorher umbenannt")));
        JourneyMap before = window.document().map();
        Card card = editFirstTouchpoint(robot);
        robot.write("Fenster offen gelassen");
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.Z);
        assertThat(window.document().map()).as("the map's history is untouched").isSameAs(before);
        assertThat(field().getText()).as("Ctrl+Z undid the typing").isNotEqualTo("Fenster offen gelassen");
        assertThat(canvas().inPlaceEditor().isOpen()).isTrue();
        type(robot, KeyCode.ESCAPE);
        assertThat(window.document().map()).isSameAs(before);
        assertThat(card(card.id()).title()).isEqualTo(card.title());
        assertThat(card(renamed.id()).title()).isEqualTo("Vorher umbenannt");
    }

    @Test
    void escapeCancelsAndLeavesTheMapUnchanged(FxRobot robot) throws Exception {
        openSample(robot);
        JourneyMap before = window.document().map();
        editFirstTouchpoint(robot);
        robot.write("Das soll nicht bleiben, bitte");
        type(robot, KeyCode.ESCAPE);
        assertThat(canvas().inPlaceEditor().isOpen()).isFalse();
        assertThat(window.document().map()).isSameAs(before);
        JourneyMap saved = saveAndReadBack(robot);
        assertThat(saved.cards()).isEqualTo(before.cards());
        assertThat(saved.phases()).isEqualTo(before.phases());
    }

    @Test
    void inAMultiLineFieldShiftEnterBreaksTheLineAndEnterKeeps(FxRobot robot) throws Exception {
        openSample(robot);
        AtomicReference<String> kept = new AtomicReference<>();
        robot.interact(() -> canvas().editInPlace(canvas().visibleArea().inflate(-40), "", true, kept::set));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Erste Zeile mit Text " + EMOJI);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("zweite Zeile, auch lang");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field().getText()).isEqualTo("Erste Zeile mit Text " + EMOJI + "\nzweite Zeile, auch lang");
        type(robot, KeyCode.ENTER);
        assertThat(canvas().inPlaceEditor().isOpen()).isFalse();
        assertThat(kept.get()).isEqualTo("Erste Zeile mit Text " + EMOJI + "\nzweite Zeile, auch lang");
    }

    /** Writes a map file the way the tests' other fixtures do. */
    private static final class JourneyFilesWriter {
        static Path write(JourneyMap map, Path file) throws Exception {
            JourneyFiles.write(map, file);
            return file;
        }
    }
}
