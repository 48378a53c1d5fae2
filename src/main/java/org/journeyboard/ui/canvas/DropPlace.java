package org.journeyboard.ui.canvas;

import org.journeyboard.ui.editor.CardLanes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeyboard.layout.CardBox;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;

/**
 * Where cards dropped at a point land: the cell (phase × lane) under it, the position among the cell's other cards
 * (what {@code CardEdits.moveCards} and {@code CardCommands.addCard} take as index), and the indicator line drawn
 * in the gap they will fill. Emotion lanes take no cards.
 *
 * @param cell the cell's rectangle (map coordinates), highlighted while dragging over it
 * @param x1 the indicator line runs from (x1, y1) to (x2, y2), in map coordinates
 */
public record DropPlace(String phaseId, String laneId, int index, Rect cell, double x1, double y1, double x2,
                        double y2) {

    /** The place for cards dropped at (x, y), not counting the cards {@code moving} (they leave their place). */
    public static Optional<DropPlace> at(MapLayout layout, double x, double y, Set<String> moving) {
        PhaseBox phase = null;
        for (PhaseBox p : layout.phases()) {
            if (x >= p.column().x() && x < p.column().right()) {
                phase = p;
                break;
            }
        }
        LaneBox lane = null;
        for (LaneBox l : layout.lanes()) {
            if (y >= l.row().y() && y < l.row().bottom()) {
                lane = l;
                break;
            }
        }
        if (phase == null || lane == null || !CardLanes.takesCards(lane)) {
            return Optional.empty();
        }
        Rect cell = new Rect(phase.column().x(), lane.row().y(), phase.column().width(), lane.row().height());
        List<CardBox> others = new ArrayList<>();
        for (CardBox c : layout.cardsIn(cell)) {
            if (c.phaseId().equals(phase.phaseId()) && c.laneId().equals(lane.laneId())
                    && !moving.contains(c.cardId())) {
                others.add(c);
            }
        }
        others.sort(Comparator.<CardBox>comparingDouble(c -> c.rect().y()).thenComparingDouble(c -> c.rect().x()));
        boolean oneColumn = others.stream().allMatch(c -> c.rect().x() == others.get(0).rect().x());
        int index = 0;
        for (CardBox c : others) {
            if (isAfter(c, others, oneColumn, x, y)) {
                index++;
            }
        }
        return Optional.of(place(phase.phaseId(), lane.laneId(), index, cell, others, layout.style()));
    }

    /** True when a pointer at (x, y) is past card {@code c} in reading order (rows top to bottom, left to right). */
    private static boolean isAfter(CardBox c, List<CardBox> cell, boolean oneColumn, double x, double y) {
        if (oneColumn) {
            return y >= c.rect().centerY();
        }
        double rowBottom = c.rect().bottom();
        for (CardBox o : cell) {
            if (o.rect().y() == c.rect().y()) {
                rowBottom = Math.max(rowBottom, o.rect().bottom());
            }
        }
        return y >= rowBottom || y >= c.rect().y() && x >= c.rect().centerX();
    }

    private static DropPlace place(String phaseId, String laneId, int index, Rect cell, List<CardBox> others,
                                   LayoutStyle style) {
        double half = style.cardGap() / 2;
        if (others.isEmpty()) {
            double top = cell.y() + style.cellPadding() / 2;
            return new DropPlace(phaseId, laneId, 0, cell, cell.x() + style.cellPadding(), top,
                    cell.right() - style.cellPadding(), top);
        }
        if (index < others.size()) {
            Rect next = others.get(index).rect();
            Rect before = index > 0 ? others.get(index - 1).rect() : null;
            if (before != null && before.y() == next.y()) {
                // between two cards of one row: a vertical line in the gap
                double lx = (before.right() + next.x()) / 2;
                return new DropPlace(phaseId, laneId, index, cell, lx, next.y(), lx, next.bottom());
            }
            if (sharesRow(next, others)) {
                double lx = next.x() - half;
                return new DropPlace(phaseId, laneId, index, cell, lx, next.y(), lx, next.bottom());
            }
            double ly = next.y() - half;
            return new DropPlace(phaseId, laneId, index, cell, next.x(), ly, next.right(), ly);
        }
        Rect last = others.get(others.size() - 1).rect();
        boolean roomBeside = last.right() + style.cardGap() + last.width() <= cell.right() - style.cellPadding() + 0.5;
        if (roomBeside && sharesRow(last, others)) {
            double lx = last.right() + half;
            return new DropPlace(phaseId, laneId, index, cell, lx, last.y(), lx, last.bottom());
        }
        double ly = last.bottom() + half;
        return new DropPlace(phaseId, laneId, index, cell, last.x(), ly, last.right(), ly);
    }

    private static boolean sharesRow(Rect r, List<CardBox> cards) {
        int n = 0;
        for (CardBox c : cards) {
            if (c.rect().y() == r.y()) {
                n++;
            }
        }
        return n > 1;
    }
}
