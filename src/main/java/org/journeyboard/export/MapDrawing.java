package org.journeyboard.export;

import java.util.EnumSet;
import java.util.Set;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextBlock;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapPainter;

/**
 * A map as it goes on paper: drawn whole by the shared painter, or as a worksheet with the chosen parts left blank
 * and writing lines in their place. Worksheet and answer key share one geometry, so a trainer can lay one over the
 * other.
 */
public final class MapDrawing {
    private static final Colour WRITING_LINE = Colour.parse("#8A96A3");
    private static final Colour PAPER = Colour.parse("#FFFFFF");
    private static final double MIN_LINE_SPACING = 15;

    private final MapLayout layout;
    private final Set<WorksheetPart> blanks;
    private final MapPainter painter = new MapPainter();

    private MapDrawing(MapLayout layout, Set<WorksheetPart> blanks) {
        this.layout = layout;
        this.blanks = blanks.isEmpty() ? EnumSet.noneOf(WorksheetPart.class) : EnumSet.copyOf(blanks);
    }

    /** The whole map. */
    public static MapDrawing of(JourneyMap map) {
        return new MapDrawing(MapLayout.of(map), Set.of());
    }

    /** The map with {@code blanks} left empty for students. */
    public static MapDrawing worksheet(JourneyMap map, Set<WorksheetPart> blanks) {
        JourneyMap shown = blanks.contains(WorksheetPart.CURVE)
                ? map.withCurves(map.curves().stream().map(c -> c.withPoints(java.util.List.of())).toList())
                : map;
        return new MapDrawing(MapLayout.of(shown), blanks);
    }

    public MapLayout layout() {
        return layout;
    }

    public double width() {
        return layout.width();
    }

    public double height() {
        return layout.height();
    }

    /** Draws what intersects {@code visible} (map units); {@code scale} is how large one map unit prints. */
    public void draw(Canvas2D g, Rect visible, double scale) {
        if (blanks.isEmpty()) {
            painter.paint(layout, g, visible);
            return;
        }
        BlankingCanvas blanking = new BlankingCanvas(g);
        for (PhaseBox p : layout.phases()) {
            if (blanks.contains(WorksheetPart.PHASES)) {
                blanking.blank(p.name());
            }
            if (blanks.contains(WorksheetPart.GOALS)) {
                blanking.blank(p.goal());
            }
        }
        if (blanks.contains(WorksheetPart.CARDS)) {
            for (CardBox c : layout.cardsIn(visible)) {
                blanking.blank(c.title());
            }
        }
        painter.paint(layout, blanking, visible);
        // hairlines on paper stay visible at any scale: at least a quarter point wide when printed
        double lineWidth = Math.max(0.6, 0.35 / scale);
        g.save();
        g.setDashes();
        g.setLineWidth(lineWidth);
        for (PhaseBox p : layout.phases()) {
            double inner = p.header().width() - 2 * (p.name().x() - p.header().x());
            if (blanks.contains(WorksheetPart.PHASES)) {
                headerBlank(g, p.name(), inner, Math.max(1, p.name().lines().size()));
            }
            if (blanks.contains(WorksheetPart.GOALS) && !p.goal().isEmpty()) {
                headerBlank(g, p.goal(), inner, p.goal().lines().size());
            }
        }
        if (blanks.contains(WorksheetPart.CARDS)) {
            g.setStroke(WRITING_LINE);
            for (CardBox c : layout.cardsIn(visible)) {
                cardLines(g, c);
            }
        }
        g.restore();
    }

    /** A white field with writing lines where a header text was. */
    private static void headerBlank(Canvas2D g, TextBlock block, double width, int lines) {
        double spacing = block.lineHeight();
        g.setFill(PAPER);
        g.fillRoundRect(block.x() - 3, block.top() - 2, width + 6, lines * spacing + 4, 3);
        g.setStroke(WRITING_LINE);
        for (int i = 0; i < lines; i++) {
            double y = block.top() + (i + 1) * spacing - 1;
            g.line(block.x(), y, block.x() + width, y);
        }
    }

    /** Writing lines from the title's place down to the bottom of the note. */
    private static void cardLines(Canvas2D g, CardBox c) {
        TextBlock t = c.title();
        Rect r = c.rect();
        double pad = t.x() - r.x();
        double spacing = Math.max(t.lineHeight(), MIN_LINE_SPACING);
        double y = t.top() + spacing;
        if (y > r.bottom() - pad / 2) {
            y = r.bottom() - pad / 2;
        }
        do {
            g.line(t.x(), y, r.right() - pad, y);
            y += spacing;
        } while (y <= r.bottom() - pad / 2);
    }
}
