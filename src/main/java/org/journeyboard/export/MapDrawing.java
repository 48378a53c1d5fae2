package org.journeyboard.export;

import java.util.EnumSet;
import java.util.Set;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.LayoutStyle;
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
    /** The map's own margin on a printed page, in map units: room for strokes and shadows at its edge. */
    static final double PRINT_MARGIN = 6;
    private static final org.journeyboard.paint.MapColours COLOURS = org.journeyboard.paint.MapColours.LIGHT;

    private final MapLayout layout;
    private final Set<WorksheetPart> blanks;
    /** True for an answer key drawn on a worksheet's geometry: the texts are where the blanks would be. */
    private final boolean answers;
    /** Distance of writing lines in map units; 0 to follow the type size (a poster worksheet). */
    private final double pitch;
    private final MapPainter painter = new MapPainter();

    private MapDrawing(MapLayout layout, Set<WorksheetPart> blanks, boolean answers, double pitch) {
        this.layout = layout;
        this.blanks = blanks.isEmpty() ? EnumSet.noneOf(WorksheetPart.class) : EnumSet.copyOf(blanks);
        this.answers = answers;
        this.pitch = pitch;
    }

    /** The whole map. */
    public static MapDrawing of(JourneyMap map) {
        return new MapDrawing(MapLayout.of(map), Set.of(), false, 0);
    }

    /**
     * The whole map for a printed page: the page has its margin, so the map keeps only a narrow one of its own
     * ({@link #PRINT_MARGIN}) and prints larger.
     */
    public static MapDrawing printed(JourneyMap map) {
        return new MapDrawing(MapLayout.of(map, LayoutStyle.standard().withMargin(PRINT_MARGIN)), Set.of(), false,
                0);
    }

    /** The map with {@code blanks} left empty for students. */
    public static MapDrawing worksheet(JourneyMap map, Set<WorksheetPart> blanks) {
        JourneyMap shown = blanks.contains(WorksheetPart.CURVE) ? withoutCurves(map) : map;
        return new MapDrawing(MapLayout.of(shown), blanks, false, 0);
    }

    /**
     * A worksheet for handwriting on {@code layout} (laid out with {@link Handwriting#style}): writing lines
     * {@code pitch} map units apart; with {@code answers} the answer key on the same geometry.
     */
    static MapDrawing forHandwriting(MapLayout layout, Set<WorksheetPart> blanks, boolean answers, double pitch) {
        return new MapDrawing(layout, blanks, answers, pitch);
    }

    /** The map without the curves' points, as a worksheet that leaves the curve blank shows it. */
    static JourneyMap withoutCurves(JourneyMap map) {
        return map.withCurves(map.curves().stream().map(c -> c.withPoints(java.util.List.of())).toList());
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
        boolean hide = !answers;
        BlankingCanvas blanking = new BlankingCanvas(g);
        for (PhaseBox p : layout.phases()) {
            if (hide && blanks.contains(WorksheetPart.PHASES)) {
                blanking.blank(p.name());
            }
            if (hide && blanks.contains(WorksheetPart.GOALS) || goalShift(p) != 0) {
                blanking.blank(p.goal());
            }
        }
        if (hide && blanks.contains(WorksheetPart.CARDS)) {
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
            if (!p.header().intersects(visible)) {
                continue;
            }
            double inner = Handwriting.innerWidth(p);
            if (hide && blanks.contains(WorksheetPart.PHASES)) {
                headerBlank(g, p.name(), inner, pitch > 0 ? Handwriting.nameLines(p)
                        : Math.max(1, p.name().lines().size()));
            }
            if (!p.goal().isEmpty() && (hide && blanks.contains(WorksheetPart.GOALS) || goalShift(p) != 0)) {
                TextBlock goal = p.goal();
                TextBlock shifted = new TextBlock(goal.lines(), goal.x(), goal.top() + goalShift(p), goal.size(),
                        goal.bold());
                if (hide && blanks.contains(WorksheetPart.GOALS)) {
                    headerBlank(g, shifted, inner, pitch > 0 ? Handwriting.goalLines(p) : goal.lines().size());
                } else {
                    // the key's goal stands where the worksheet's goal blank is, below the room for the name
                    g.setFill(COLOURS.textOn(p.colour()));
                    for (int i = 0; i < shifted.lines().size(); i++) {
                        g.text(shifted.lines().get(i), shifted.x(), shifted.baseline(i), shifted.size(), false);
                    }
                }
            }
        }
        if (hide && blanks.contains(WorksheetPart.CARDS)) {
            g.setStroke(WRITING_LINE);
            for (CardBox c : layout.cardsIn(visible)) {
                cardLines(g, c);
            }
        }
        g.restore();
    }

    /** How far a goal moves down on a handwriting worksheet, below the writing lines of the phase name. */
    private double goalShift(PhaseBox p) {
        if (pitch <= 0 || !blanks.contains(WorksheetPart.PHASES)) {
            return 0;
        }
        return Handwriting.nameLines(p) * pitch - p.name().height();
    }

    /** A white field with writing lines where a header text was. */
    private void headerBlank(Canvas2D g, TextBlock block, double width, int lines) {
        double spacing = pitch > 0 ? pitch : block.lineHeight();
        g.setFill(PAPER);
        g.fillRoundRect(block.x() - 3, block.top() - 2, width + 6, lines * spacing + 4, 3);
        g.setStroke(WRITING_LINE);
        for (int i = 0; i < lines; i++) {
            double y = block.top() + (i + 1) * spacing - 1;
            g.line(block.x(), y, block.x() + width, y);
        }
    }

    /** Writing lines from the title's place down to the bottom of the note. */
    private void cardLines(Canvas2D g, CardBox c) {
        TextBlock t = c.title();
        Rect r = c.rect();
        double pad = t.x() - r.x();
        double spacing = pitch > 0 ? pitch : Math.max(t.lineHeight(), MIN_LINE_SPACING);
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
