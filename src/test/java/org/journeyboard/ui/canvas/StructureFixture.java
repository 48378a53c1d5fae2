package org.journeyboard.ui.canvas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeyboard.edit.History;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Card;
import org.journeyboard.model.CardKind;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.Extras;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.ui.editor.MapDocument;

/** A small map with an emotion lane, a document over it, a canvas stand-in and synthetic pointer events. */
final class StructureFixture {
    private StructureFixture() {
    }

    /**
     * Phases aware, buy, after; lanes touch, feelings (emotions), pain, and "back" (hidden); cards t0, t1 in
     * (aware, touch), b0 in (buy, touch), p0 in (buy, pain), h0 in (after, back); curve "anna" with points k1 (aware,
     * 0.5, +1) and k2 (buy, 0.2, -2).
     */
    static JourneyMap map() {
        List<Phase> phases = List.of(new Phase("aware", "Awareness", new Colour(0x9C, 0xC9, 0xF0)),
                new Phase("buy", "Purchase", new Colour(0xF6, 0xE0, 0x8B)),
                new Phase("after", "Retention", new Colour(0xF4, 0xA7, 0xB0)));
        List<Lane> lanes = List.of(new Lane("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
                new Lane("feelings", LaneKind.EMOTIONS, "Emotions"),
                new Lane("pain", LaneKind.PAIN_POINTS, "Pain points"),
                new Lane("back", LaneKind.BACKSTAGE, "Backstage").withHidden(true));
        List<Card> cards = List.of(Card.of("t0", "aware", "touch", 0, CardKind.TOUCHPOINT, "Banner"),
                Card.of("t1", "aware", "touch", 1, CardKind.TOUCHPOINT, "Search ad"),
                Card.of("b0", "buy", "touch", 0, CardKind.TOUCHPOINT, "Shop"),
                Card.painPoint("p0", "buy", "pain", 0, "No PayPal", 4),
                Card.of("h0", "after", "back", 0, CardKind.BACKSTAGE, "Warehouse"));
        List<EmotionCurve> curves = List.of(new EmotionCurve("anna", "Anna", new Colour(200, 0, 0), null,
                List.of(new CurvePoint("k1", "aware", 0.5, 1, "curious"), new CurvePoint("k2", "buy", 0.2, -2, ""))));
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        return new JourneyMap("Security", "", Language.EN, "", t, t, List.of(), phases, lanes, cards, curves,
                Extras.NONE);
    }

    /** A document whose history never merges by time (a fixed clock and a zero window), in {@code locale}. */
    static MapDocument document(JourneyMap map, Locale locale) {
        return new MapDocument(new History(map, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO), null,
                locale);
    }

    static MapDocument document() {
        return document(map(), Locale.ENGLISH);
    }

    /** A mouse event of {@code type} at view point (x, y) with the primary button. */
    static MouseEvent mouse(EventType<MouseEvent> type, double x, double y, int clicks) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, clicks, false, false, false, false,
                type != MouseEvent.MOUSE_RELEASED, false, false, false, false, clicks == 1, null);
    }

    static KeyEvent key(KeyCode code, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, false, false);
    }

    /** A press, drags in {@code steps} to (x2, y2) and a release, all through {@code g} as the canvas would. */
    static boolean drag(FakeView view, CanvasGesture g, double x1, double y1, double x2, double y2, int steps) {
        Point2D start = view.toMap(x1, y1);
        boolean taken = g.press(mouse(MouseEvent.MOUSE_PRESSED, x1, y1, 1), start,
                view.document().layout().hitTest(start.getX(), start.getY()));
        if (!taken) {
            return false;
        }
        for (int i = 1; i <= steps; i++) {
            double x = x1 + (x2 - x1) * i / steps;
            double y = y1 + (y2 - y1) * i / steps;
            g.drag(mouse(MouseEvent.MOUSE_DRAGGED, x, y, 1), view.toMap(x, y));
        }
        g.release(mouse(MouseEvent.MOUSE_RELEASED, x2, y2, 1), view.toMap(x2, y2));
        return true;
    }

    /** A canvas stand-in: the view shows the map from (offsetX, offsetY) at a zoom, and records what is asked of it. */
    static final class FakeView implements CanvasView {
        final MapDocument doc;
        double zoom = 1;
        double offsetX;
        double offsetY;
        int redraws;
        final List<Rect> editAreas = new ArrayList<>();
        final List<String> editTexts = new ArrayList<>();
        Consumer<String> commit;

        FakeView(MapDocument doc) {
            this.doc = doc;
        }

        @Override
        public MapDocument document() {
            return doc;
        }

        @Override
        public Point2D toMap(double viewX, double viewY) {
            return new Point2D(offsetX + viewX / zoom, offsetY + viewY / zoom);
        }

        @Override
        public Point2D toView(double mapX, double mapY) {
            return new Point2D((mapX - offsetX) * zoom, (mapY - offsetY) * zoom);
        }

        @Override
        public double zoom() {
            return zoom;
        }

        @Override
        public void redraw() {
            redraws++;
        }

        @Override
        public void editInPlace(Rect mapArea, String text, boolean multiLine, Consumer<String> onCommit) {
            editAreas.add(mapArea);
            editTexts.add(text);
            commit = onCommit;
        }
    }
}
