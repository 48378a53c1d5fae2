package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.model.Card;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Lane;
import org.journeyboard.model.LaneKind;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Phase;

/**
 * Computes a {@link MapLayout} top to bottom: title, personas, phase headers, then lane by lane the rows, each as
 * tall as its fullest cell needs (at least the height the user gave it, or for a lane that fits its content one
 * card). Cards are grouped by cell in one pass so that big maps lay out in linear time; after an edit of a few cards
 * only their cells are placed again ({@link CellContents}, {@link CardPlacer#moved}).
 */
final class MapLayoutBuilder {
    private static final double TITLE_GAP = 14;
    private static final double PERSONA_GAP = 12;
    /** Side of a persona's square picture: a face stays recognisable on a printed A4 handout. */
    private static final double PICTURE_SIDE = 44;
    private static final double GRID_GAP = 18;
    private static final double HEADER_PADDING = 10;
    /** The curve band of an emotion lane that fits its content: room for five score steps and their labels. */
    private static final double FITTED_CURVE_BAND = 100;

    private final JourneyMap map;
    private final LayoutStyle s;
    /** The layout of an earlier version of the map whose cells can be kept, or null. */
    private final MapLayout earlier;

    /**
     * A builder for {@code map}; with {@code previous} (a layout of another version, may be null) it keeps what is
     * the same: when the two maps differ in some cards only, the cells of the other cards are not placed again, only
     * moved when a row above them changed its height. The result is the same as without {@code previous}.
     */
    MapLayoutBuilder(JourneyMap map, LayoutStyle style, MapLayout previous) {
        this.map = map;
        this.s = style;
        this.earlier = previous != null && previous.style().equals(style) && sameApartFromCards(previous.map(), map)
                ? previous : null;
    }

    /** Whether the two maps differ at most in their cards (in what a layout shows of them). */
    private static boolean sameApartFromCards(JourneyMap a, JourneyMap b) {
        return a.title().equals(b.title()) && a.personas().equals(b.personas()) && a.phases().equals(b.phases())
                && a.lanes().equals(b.lanes()) && a.curves().equals(b.curves());
    }

    MapLayout build() {
        double m = s.margin();
        double gridX = m;
        double cellsX = gridX + s.laneHeaderWidth();
        double[] widths = phaseWidths();
        double cellsWidth = 0;
        for (double w : widths) {
            cellsWidth += w;
        }
        double contentWidth = Math.max(s.laneHeaderWidth() + cellsWidth, 480);

        double y = m;
        TextBlock title = TextBlock.wrap(map.title(), m, y, contentWidth, s.titleSize(), true, s.titleMaxLines());
        y += title.isEmpty() ? 0 : title.height() + TITLE_GAP;

        List<PersonaBox> personas = personas(m, y);
        double right = m + contentWidth;
        for (PersonaBox p : personas) {
            y = Math.max(y, p.rect().bottom() + GRID_GAP);
            right = Math.max(right, p.rect().right());
        }
        if (personas.isEmpty()) {
            y += title.isEmpty() ? 0 : GRID_GAP - TITLE_GAP;
        }

        double gridTop = y;
        List<PhaseBox> phases = phaseHeaders(cellsX, gridTop, widths);
        double headerHeight = phases.isEmpty() ? 0 : phases.get(0).header().height();
        double rowsTop = gridTop + headerHeight;

        List<CellCards> earlierCells = earlier == null ? null : earlier.cells();
        CellContents contents = earlier == null ? CellContents.of(map)
                : CellContents.after(earlier.map(), earlierCells, map);
        CardPlacer placer = new CardPlacer(s);
        EmotionLanePlacer emotions = new EmotionLanePlacer(map, s);
        List<LaneBox> lanes = new ArrayList<>();
        List<CellCards> cells = new ArrayList<>();
        List<EmotionLaneBox> emotionLanes = new ArrayList<>();
        double rowY = rowsTop;
        for (Lane lane : map.lanes()) {
            if (lane.hidden()) {
                continue;
            }
            boolean isEmotion = lane.kind() == LaneKind.EMOTIONS;
            double floor = lane.fitToContent() ? fittedFloor(isEmotion) : lane.height();
            double band = isEmotion ? Math.max(floor, FITTED_CURVE_BAND) : 0;
            TextBlock laneTitle = TextBlock.wrap(lane.title(), gridX + HEADER_PADDING, rowY + HEADER_PADDING,
                    s.laneHeaderWidth() - 2 * HEADER_PADDING, s.laneTitleSize(), true, s.laneTitleMaxLines());
            double needed = Math.max(floor, HEADER_PADDING * 2 + laneTitle.height());
            List<LegendEntry> legend = isEmotion ? emotions.legend(laneTitle) : List.of();
            for (LegendEntry entry : legend) {
                needed = Math.max(needed, entry.name().top() + entry.name().height() + HEADER_PADDING - rowY);
            }
            for (PhaseBox p : phases) {
                int slot = cells.size();
                List<Card> inCell = contents.cell(slot, p.phaseId(), lane.id());
                CellCards was = earlierCells == null ? null : earlierCells.get(slot);
                CellCards cell = was != null && sameCards(was.cards, inCell) && was.x == p.column().x()
                        && was.width == p.column().width()
                        ? placer.moved(was, rowY + band)
                        : placer.place(inCell, p.column().x(), rowY + band, p.column().width());
                cells.add(cell);
                needed = Math.max(needed, cell.bottom - rowY + (inCell.isEmpty() ? 0 : s.cellPadding()));
            }
            double rowHeight = Math.ceil(needed);
            Rect row = new Rect(cellsX, rowY, cellsWidth, rowHeight);
            Rect header = new Rect(gridX, rowY, s.laneHeaderWidth(), rowHeight);
            lanes.add(new LaneBox(lane.id(), lanes.size(), lane.kind(), header, row, laneTitle));
            if (isEmotion) {
                emotionLanes.add(emotions.place(lane.id(), new Rect(cellsX, rowY, cellsWidth, band), phases,
                        legend));
            }
            rowY += rowHeight;
        }
        double gridBottom = rowY;
        List<PhaseBox> columns = new ArrayList<>();
        for (PhaseBox p : phases) {
            columns.add(new PhaseBox(p.phaseId(), p.index(), p.colour(), p.header(),
                    new Rect(p.column().x(), rowsTop, p.column().width(), gridBottom - rowsTop), p.name(), p.goal()));
        }
        Rect grid = new Rect(gridX, gridTop, s.laneHeaderWidth() + cellsWidth, gridBottom - gridTop);
        double width = Math.max(right, grid.right()) + m;
        double height = gridBottom + m;
        CardIndex index = earlier != null && contents.sameCardsInCells()
                ? CardIndex.sameCardsAs(earlier.index(), cells) : CardIndex.of(cells);
        return new MapLayout(map, s, title, personas, columns, lanes, index, emotionLanes, grid, width, height,
                earlier);
    }

    /** Whether two sorted lists hold the very same cards (not equal ones: a kept cell keeps its boxes). */
    private static boolean sameCards(List<Card> a, List<Card> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The least height of a lane that fits its content: one card with the cell's padding (so an empty lane is short
     * but still takes a dropped card without jumping), or the curve band of an emotion lane.
     */
    private double fittedFloor(boolean emotion) {
        return emotion ? FITTED_CURVE_BAND : s.cardMinHeight() + 2 * s.cellPadding();
    }

    /** Each phase's width, never narrower than one card with its padding. */
    private double[] phaseWidths() {
        double[] widths = new double[map.phases().size()];
        double min = s.cardMinWidth() + 2 * s.cellPadding();
        for (int i = 0; i < widths.length; i++) {
            double w = map.phases().get(i).width();
            widths[i] = Double.isFinite(w) ? Math.max(min, w) : min;
        }
        return widths;
    }

    private List<PersonaBox> personas(double x, double y) {
        List<PersonaBox> boxes = new ArrayList<>();
        double pad = 10;
        List<TextBlock[]> texts = new ArrayList<>();
        double height = 0;
        for (Persona p : map.personas()) {
            // a picture takes a square at the left, so the texts wrap in what is left beside it
            double inner = s.personaWidth() - 2 * pad - (hasPicture(p) ? PICTURE_SIDE + pad : 0);
            TextBlock name = TextBlock.wrap(p.name(), 0, 0, inner, s.personaNameSize(), true, 1);
            TextBlock role = TextBlock.wrap(p.role(), 0, 0, inner, s.personaRoleSize(), false, s.personaRoleMaxLines());
            texts.add(new TextBlock[] {name, role});
            height = Math.max(height, 2 * pad + name.height() + (role.isEmpty() ? 0 : 2 + role.height()));
            if (hasPicture(p)) {
                height = Math.max(height, 2 * pad + PICTURE_SIDE);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Persona persona = map.personas().get(i);
            double bx = x + i * (s.personaWidth() + PERSONA_GAP);
            double tx = bx + pad + (hasPicture(persona) ? PICTURE_SIDE + pad : 0);
            TextBlock name = texts.get(i)[0];
            TextBlock role = texts.get(i)[1];
            TextBlock placedName = new TextBlock(name.lines(), tx, y + pad, name.size(), true);
            TextBlock placedRole = new TextBlock(role.lines(), tx, y + pad + name.height() + 2, role.size(), false);
            Rect box = new Rect(bx, y, s.personaWidth(), height);
            boxes.add(hasPicture(persona)
                    ? new PersonaBox(persona.id(), box, placedName, placedRole,
                            new Rect(bx + pad, y + pad, PICTURE_SIDE, PICTURE_SIDE), persona.picture())
                    : new PersonaBox(persona.id(), box, placedName, placedRole));
        }
        return boxes;
    }

    private static boolean hasPicture(Persona p) {
        return p.picture() != null && p.picture().size() > 0;
    }

    /** Phase headers of one common height; the column rectangles are completed once the rows are known. */
    private List<PhaseBox> phaseHeaders(double x0, double top, double[] widths) {
        List<TextBlock> names = new ArrayList<>();
        List<TextBlock> goals = new ArrayList<>();
        double height = s.minPhaseHeaderHeight();
        for (int i = 0; i < widths.length; i++) {
            Phase phase = map.phases().get(i);
            double inner = widths[i] - 2 * HEADER_PADDING;
            TextBlock name = TextBlock.wrap(phase.name(), 0, 0, inner, s.phaseNameSize(), true, s.phaseNameMaxLines());
            TextBlock goal = TextBlock.wrap(phase.goal(), 0, 0, inner, s.goalSize(), false, s.goalMaxLines());
            names.add(name);
            goals.add(goal);
            height = Math.max(height, 2 * HEADER_PADDING + name.height() + (goal.isEmpty() ? 0 : 4 + goal.height()));
        }
        height = Math.ceil(height);
        List<PhaseBox> boxes = new ArrayList<>();
        double x = x0;
        for (int i = 0; i < widths.length; i++) {
            Phase phase = map.phases().get(i);
            TextBlock name = names.get(i);
            TextBlock goal = goals.get(i);
            double tx = x + HEADER_PADDING;
            double ty = top + HEADER_PADDING;
            boxes.add(new PhaseBox(phase.id(), i, phase.colour(), new Rect(x, top, widths[i], height),
                    new Rect(x, top + height, widths[i], 0),
                    new TextBlock(name.lines(), tx, ty, name.size(), true),
                    new TextBlock(goal.lines(), tx, ty + name.height() + 4, goal.size(), false)));
            x += widths[i];
        }
        return boxes;
    }
}
