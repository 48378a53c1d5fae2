package org.journeyboard.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.journeyboard.ui.canvas.StructureFixture.drag;
import static org.journeyboard.ui.canvas.StructureFixture.key;
import static org.journeyboard.ui.canvas.StructureFixture.mouse;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import org.journeyboard.layout.CurveBox;
import org.journeyboard.layout.CurvePointBox;
import org.journeyboard.layout.EmotionLaneBox;
import org.journeyboard.layout.Hit;
import org.journeyboard.layout.PathData;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.canvas.StructureFixture.FakeView;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.junit.jupiter.api.Test;

class CurveGestureTest {
    private final MapDocument doc = StructureFixture.document();
    private final FakeView view = new FakeView(doc);
    private final CurveGesture gesture = new CurveGesture(view);
    private final JourneyMap before = doc.map();

    private EmotionLaneBox lane() {
        return doc.layout().emotionLanes().get(0);
    }

    private CurvePointBox point(String id) {
        return lane().curves().get(0).points().stream().filter(p -> p.pointId().equals(id)).findFirst().orElseThrow();
    }

    private CurvePoint modelPoint(String curveId, String id) {
        return doc.map().curve(curveId).orElseThrow().points().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private PhaseBox phase(String id) {
        return doc.layout().phase(id).orElseThrow();
    }

    @Test
    void draggingAPointUpSnapsItsScoreAndMovesItWithinItsPhaseInOneUndoStep() {
        CurvePointBox k1 = point("k1");
        double width = phase("aware").header().width();
        // a little short of +2: the score snaps to the nearest whole step
        double targetY = lane().yOf(2) + lane().unit() * 0.3;
        assertThat(drag(view, gesture, k1.x(), k1.y(), k1.x() + 0.2 * width, targetY, 6)).isTrue();

        CurvePoint moved = modelPoint("anna", "k1");
        assertThat(moved.score()).isEqualTo(2);
        assertThat(moved.position()).isCloseTo(0.7, within(0.011));
        assertThat(moved.phaseId()).isEqualTo("aware");
        assertThat(moved.label()).isEqualTo("curious");
        assertThat(doc.selection()).isEqualTo(new Selection.CurvePointSelected("anna", "k1"));
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Move curve point");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).as("the whole drag was one step").isFalse();
    }

    @Test
    void aDragFarOutsideTheBandStopsAtMinusTwoAndAtTheEdgeOfItsPhase() {
        CurvePointBox k1 = point("k1");
        drag(view, gesture, k1.x(), k1.y(), k1.x() + 2000, k1.y() + 2000, 3);
        CurvePoint moved = modelPoint("anna", "k1");
        assertThat(moved.score()).isEqualTo(-2);
        assertThat(moved.phaseId()).as("sideways only within its phase").isEqualTo("aware");
        assertThat(moved.position()).isEqualTo(1.0);
    }

    @Test
    void whileDraggingThePreviewShowsTheSnappedScoreAndNothingIsCommittedYet() {
        CurvePointBox k2 = point("k2");
        Point2D start = new Point2D(k2.x(), k2.y());
        assertThat(gesture.press(mouse(MouseEvent.MOUSE_PRESSED, k2.x(), k2.y(), 1), start,
                doc.layout().hitTest(k2.x(), k2.y()))).isTrue();
        double y = lane().yOf(0) - 0.2 * lane().unit();
        gesture.drag(mouse(MouseEvent.MOUSE_DRAGGED, k2.x(), y, 1), new Point2D(k2.x(), y));
        assertThat(gesture.previewScore()).isZero();
        assertThat(CurveGesturePreview.scoreText(gesture.previewScore())).isEqualTo("0");
        assertThat(gesture.previewCurve().points()).extracting(CurvePointBox::score).containsExactly(1, 0);
        assertThat(doc.map()).isEqualTo(before);
        assertThat(view.redraws).isPositive();
        // Esc cancels the drag: the release afterwards changes nothing
        assertThat(gesture.key(key(KeyCode.ESCAPE, false))).isTrue();
        gesture.release(mouse(MouseEvent.MOUSE_RELEASED, k2.x(), y, 1), new Point2D(k2.x(), y));
        assertThat(doc.map()).isEqualTo(before);
        assertThat(gesture.previewScore()).isNull();
    }

    @Test
    void aClickOnAPointSelectsItWithoutMovingIt() {
        CurvePointBox k2 = point("k2");
        // a jitter smaller than the drag threshold is still a click
        drag(view, gesture, k2.x(), k2.y(), k2.x() + 1, k2.y() + 1.5, 2);
        assertThat(doc.selection()).isEqualTo(new Selection.CurvePointSelected("anna", "k2"));
        assertThat(doc.map()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void theDragThresholdIsMeasuredOnScreenSoAZoomedOutClickStaysAClick() {
        view.zoom = 0.25;
        view.offsetX = 10;
        view.offsetY = 20;
        CurvePointBox k2 = point("k2");
        Point2D v = view.toView(k2.x(), k2.y());
        // one unit on screen is four on the map at 25 %: still below the threshold
        drag(view, gesture, v.getX(), v.getY(), v.getX() + 1, v.getY() - 1, 1);
        assertThat(doc.map()).isEqualTo(before);
        drag(view, gesture, v.getX(), v.getY(), v.getX(), v.getY() - lane().unit() * 4 * 0.25, 4);
        assertThat(modelPoint("anna", "k2").score()).isEqualTo(2);
    }

    @Test
    void aClickOnTheEmptyBandAddsASelectedPointWithTheSnappedScore() {
        PhaseBox after = phase("after");
        double x = after.header().x() + 0.25 * after.header().width();
        double y = lane().yOf(-1) + 0.1 * lane().unit();
        assertThat(doc.layout().hitTest(x, y)).isEqualTo(new Hit.CellHit("after", "feelings"));
        drag(view, gesture, x, y, x, y, 0);

        EmotionCurve curve = doc.map().curve("anna").orElseThrow();
        assertThat(curve.points()).hasSize(3);
        CurvePoint added = curve.points().get(2);
        assertThat(added.phaseId()).isEqualTo("after");
        assertThat(added.position()).isCloseTo(0.25, within(0.011));
        assertThat(added.score()).isEqualTo(-1);
        assertThat(doc.selection()).isEqualTo(new Selection.CurvePointSelected("anna", added.id()));
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Add curve point");
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void withShiftAPressOnTheBandIsLeftToSelecting() {
        double x = phase("after").header().centerX();
        MouseEvent shifted = new MouseEvent(MouseEvent.MOUSE_PRESSED, x, lane().zeroY(), x, lane().zeroY(),
                javafx.scene.input.MouseButton.PRIMARY, 1, true, false, false, false, true, false, false, false, false,
                true, null);
        assertThat(gesture.press(shifted, new Point2D(x, lane().zeroY()), new Hit.CellHit("after", "feelings")))
                .isFalse();
    }

    @Test
    void aPointIsAddedToTheCurveOfTheSelectedPoint() {
        EmotionCurve second = new EmotionCurve("ben", "Ben", null, null,
                List.of(new CurvePoint("m1", "after", 0.5, 2, "")));
        doc.reset(before.withCurves(List.of(before.curves().get(0), second)));
        doc.select(new Selection.CurvePointSelected("ben", "m1"));
        PhaseBox buy = phase("buy");
        double x = buy.header().x() + 0.8 * buy.header().width();
        drag(view, gesture, x, lane().yOf(1), x, lane().yOf(1), 0);
        assertThat(doc.map().curve("ben").orElseThrow().points()).hasSize(2);
        assertThat(doc.map().curve("anna").orElseThrow().points()).hasSize(2);
    }

    @Test
    void onAMapWithoutCurvesTheFirstPointMakesACurveInTheSameUndoStep() {
        doc.reset(before.withCurves(List.of()));
        JourneyMap empty = doc.map();
        PhaseBox aware = phase("aware");
        double x = aware.header().centerX();
        // dragged from the press point: the new point goes where the pointer is let go
        drag(view, gesture, x, lane().yOf(0), x + 10, lane().yOf(2), 3);
        assertThat(doc.map().curves()).hasSize(1);
        EmotionCurve made = doc.map().curves().get(0);
        assertThat(made.name()).isEqualTo("Emotion curve");
        assertThat(made.points()).singleElement().satisfies(p -> assertThat(p.score()).isEqualTo(2));
        doc.undo();
        assertThat(doc.map()).isEqualTo(empty);
    }

    @Test
    void aCardOrAHeaderIsNotTheCurvesBusiness() {
        var card = doc.layout().card("t0").orElseThrow().rect();
        Point2D at = new Point2D(card.centerX(), card.centerY());
        assertThat(gesture.press(mouse(MouseEvent.MOUSE_PRESSED, at.getX(), at.getY(), 1), at,
                doc.layout().hitTest(at.getX(), at.getY()))).isFalse();
        assertThat(gesture.press(mouse(MouseEvent.MOUSE_PRESSED, 0, 0, 1), new Point2D(0, 0),
                new Hit.PhaseHeaderHit("aware"))).isFalse();
        assertThat(gesture.cursorFor(new Hit.CurvePointHit("anna", "k1"))).isEqualTo(Cursor.HAND);
        assertThat(gesture.cursorFor(new Hit.CardHit("t0"))).isNull();
    }

    @Test
    void ctrlArrowsChangeTheSelectedPointsScoreAndPlaceOneUndoStepEach() {
        doc.select(new Selection.CurvePointSelected("anna", "k1"));
        assertThat(gesture.key(key(KeyCode.UP, false))).as("plain arrows walk along the curve").isFalse();
        assertThat(gesture.key(key(KeyCode.UP, true))).isTrue();
        assertThat(gesture.key(key(KeyCode.UP, true))).isTrue();
        assertThat(gesture.key(key(KeyCode.RIGHT, true))).isTrue();
        CurvePoint p = modelPoint("anna", "k1");
        assertThat(p.score()).as("stops at +2").isEqualTo(2);
        assertThat(p.position()).isCloseTo(0.6, within(1e-9));
        doc.undo();
        assertThat(modelPoint("anna", "k1").position()).isEqualTo(0.5);
        assertThat(modelPoint("anna", "k1").score()).as("each step its own undo step").isEqualTo(2);
        doc.undo();
        assertThat(doc.map()).isEqualTo(before);
        assertThat(gesture.key(key(KeyCode.DOWN, true))).isTrue();
        assertThat(modelPoint("anna", "k1").score()).isZero();
        doc.select(Selection.NONE);
        assertThat(gesture.key(key(KeyCode.UP, true))).isFalse();
    }

    @Test
    void enterInAnEmotionCellSelectsItsPointAndEnterOnThePointEditsItsLabel() {
        doc.select(new Selection.CellSelected("aware", "feelings"));
        assertThat(gesture.key(key(KeyCode.ENTER, false))).isTrue();
        assertThat(doc.selection()).isEqualTo(new Selection.CurvePointSelected("anna", "k1"));
        assertThat(gesture.key(key(KeyCode.ENTER, false))).isTrue();
        assertThat(view.editTexts).as("the label opens in place").containsExactly("curious");
        assertThat(doc.map()).isEqualTo(before);
    }

    @Test
    void enterInAnEmptyEmotionCellOrInsertAddsANeutralPointThere() {
        doc.select(new Selection.CellSelected("after", "feelings"));
        assertThat(gesture.key(key(KeyCode.ENTER, false))).isTrue();
        Selection.CurvePointSelected added = (Selection.CurvePointSelected) doc.selection();
        CurvePoint p = modelPoint("anna", added.pointId());
        assertThat(p.phaseId()).isEqualTo("after");
        assertThat(p.position()).isEqualTo(0.5);
        assertThat(p.score()).isZero();
        assertThat(doc.undoTextProperty().get()).isEqualTo("Undo Add curve point");

        doc.select(new Selection.CellSelected("aware", "feelings"));
        assertThat(gesture.key(key(KeyCode.INSERT, false))).isTrue();
        CurvePoint second = modelPoint("anna", ((Selection.CurvePointSelected) doc.selection()).pointId());
        assertThat(second.phaseId()).isEqualTo("aware");
        assertThat(second.position()).as("right of the point already there").isEqualTo(0.75);
        doc.select(new Selection.CellSelected("aware", "touch"));
        assertThat(gesture.key(key(KeyCode.INSERT, false))).as("cards' cells are not the curve's").isFalse();
    }

    @Test
    void aDoubleClickEditsThePointsLabelInPlace() {
        CurvePointBox k1 = point("k1");
        Point2D at = new Point2D(k1.x(), k1.y());
        assertThat(gesture.doubleClick(mouse(MouseEvent.MOUSE_CLICKED, k1.x(), k1.y(), 2), at,
                doc.layout().hitTest(k1.x(), k1.y()))).isTrue();
        assertThat(view.editTexts).containsExactly("curious");
        assertThat(view.editAreas.get(0).y()).isGreaterThan(k1.y());
        view.commit.accept("  bored ");
        assertThat(modelPoint("anna", "k1").label()).isEqualTo("bored");
    }

    @Test
    void aLabelCommittedAfterThePointWentIsDropped() {
        CurvePointBox k1 = point("k1");
        Point2D at = new Point2D(k1.x(), k1.y());
        assertThat(gesture.doubleClick(mouse(MouseEvent.MOUSE_CLICKED, k1.x(), k1.y(), 2), at,
                doc.layout().hitTest(k1.x(), k1.y()))).isTrue();
        doc.apply(org.journeyboard.edit.CurveEdits.deleteCurvePoint("anna", "k1"));
        JourneyMap withoutK1 = doc.map();
        view.commit.accept("bored");
        assertThat(doc.map()).isEqualTo(withoutK1);
    }

    @Test
    void germanDocumentsNameANewCurveInGerman() {
        MapDocument de = StructureFixture.document(before.withCurves(List.of()), Locale.GERMAN);
        FakeView v = new FakeView(de);
        EmotionLaneBox band = de.layout().emotionLanes().get(0);
        double x = de.layout().phases().get(0).header().centerX();
        drag(v, new CurveGesture(v), x, band.zeroY(), x, band.zeroY(), 0);
        assertThat(de.map().curves().get(0).name()).isEqualTo("Emotionskurve");
    }

    /** However the points jump, the previewed line stays within the band's -2..+2: it samples every segment. */
    @Test
    void thePreviewedCurveNeverOvershootsTheBand() {
        Random random = new Random(7);
        EmotionLaneBox lane = lane();
        double top = lane.yOf(2);
        double bottom = lane.yOf(-2);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(6);
            List<PhaseBox> phases = doc.layout().phases();
            List<CurvePointBox> points = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                PhaseBox p = phases.get(random.nextInt(phases.size()));
                int score = random.nextInt(5) - 2;
                double x = CurveGesturePreview.xOf(p, random.nextInt(101) / 100.0);
                points.add(new CurvePointBox("c", "p" + i, p.phaseId(), x, lane.yOf(score), score,
                        org.journeyboard.layout.TextBlock.empty(x, 0)));
            }
            CurveBox curve = new CurveBox("c", "", null, new PathData(List.of()), points);
            PhaseBox target = phases.get(random.nextInt(phases.size()));
            double px = target.header().x() + random.nextDouble() * target.header().width();
            int score = CurveGesturePreview.scoreAt(lane, lane.band().y() + random.nextDouble() * 3 * lane.band().height()
                    - lane.band().height());
            CurveBox preview = CurveGesturePreview.withPoint(curve, lane, random.nextBoolean() ? "p0" : "new",
                    target.phaseId(), CurveGesturePreview.xOf(target, CurveGesturePreview.positionIn(target, px)), score);
            assertWithin(preview.path(), top, bottom);
        }
    }

    private static void assertWithin(PathData path, double top, double bottom) {
        double x0 = 0;
        double y0 = 0;
        for (PathData.Op op : path.ops()) {
            if (op instanceof PathData.MoveTo m) {
                x0 = m.x();
                y0 = m.y();
            } else if (op instanceof PathData.LineTo l) {
                y0 = l.y();
                x0 = l.x();
            } else if (op instanceof PathData.CubicTo c) {
                for (int i = 0; i <= 40; i++) {
                    double t = i / 40.0;
                    double u = 1 - t;
                    double y = u * u * u * y0 + 3 * u * u * t * c.y1() + 3 * u * t * t * c.y2() + t * t * t * c.y();
                    assertThat(y).isBetween(top - 1e-9, bottom + 1e-9);
                }
                x0 = c.x();
                y0 = c.y();
            }
            assertThat(y0).isBetween(top - 1e-9, bottom + 1e-9);
        }
        assertThat(x0).isFinite();
    }
}
