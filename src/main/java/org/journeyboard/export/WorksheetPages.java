package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.LaneBox;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.layout.PhaseBox;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapColours;

/**
 * The map pages of a worksheet and of its answer key, planned for handwriting: the map prints at the largest scale
 * that needs the fewest pages while every blank keeps {@link Handwriting}'s room, so where one page cannot give that
 * the phases spread over several pages (and, if the lanes are too tall for one page, the lanes too), each with the
 * lane titles. Worksheet and key are planned from the same geometry, so their pages match one for one.
 */
final class WorksheetPages {
    /** The largest scale a worksheet prints at: a small map gets large cards, not huge type. */
    private static final double MAX_SCALE = 1.25;
    /** Steps between the scales tried, from the largest down. */
    private static final double STEP = 0.96;
    /** Below this the answer key's card texts would be hard to read, even where the blanks allow it. */
    private static final double MIN_SCALE = 0.4;
    private static final MapColours COLOURS = MapColours.LIGHT;

    /** One page: phases {@code firstPhase..lastPhase} and lanes {@code firstLane..lastLane} (indices, inclusive). */
    private record Window(int firstPhase, int lastPhase, int firstLane, int lastLane, double scale) {
    }

    /** A plan at one scale on one sheet: the layout and the pages; {@code shrunk} counts pages printed smaller. */
    private record Plan(PageSize size, double scale, MapLayout layout, List<Window> windows, int phaseGroups,
                        int laneGroups, int shrunk) {
        /** True when this plan needs no more pages, nor more of them printed smaller, than {@code other}. */
        boolean asGoodAs(Plan other) {
            return shrunk <= other.shrunk && windows.size() <= other.windows.size();
        }

        boolean betterThan(Plan other) {
            if (other == null) {
                return true;
            }
            if (shrunk != other.shrunk) {
                return shrunk < other.shrunk;
            }
            if (windows.size() != other.windows.size()) {
                return windows.size() < other.windows.size();
            }
            return scale > other.scale + 1e-9;
        }
    }

    private final Plan plan;
    private final JourneyMap shown;
    private final PdfOptions options;
    private final Edition edition;
    private final Legend legend;
    private final PageFrame frame;
    private final ExportTexts texts;

    private WorksheetPages(Plan plan, JourneyMap shown, PdfOptions options, Edition edition, Legend legend,
                           PageFrame frame, ExportTexts texts) {
        this.plan = plan;
        this.shown = shown;
        this.options = options;
        this.edition = edition;
        this.legend = legend;
        this.frame = frame;
        this.texts = texts;
    }

    /**
     * The map pages of {@code edition} of {@code map} (a worksheet or answer key fitted to the paper), or null when
     * it is a handout or the map has no grid to write in.
     */
    static WorksheetPages plan(JourneyMap map, PdfOptions options, Edition edition, Legend legend, PageFrame frame,
                               ExportTexts texts) {
        if (edition.kind() == Edition.Kind.HANDOUT || edition.blanks().isEmpty()) {
            return null;
        }
        Set<WorksheetPart> blanks = edition.blanks();
        JourneyMap shown = edition.hides(WorksheetPart.CURVE) ? MapDrawing.withoutCurves(map) : map;
        MapLayout standard = MapLayout.of(shown);
        if (standard.phases().isEmpty() || standard.lanes().isEmpty()) {
            return null;
        }
        double smallest = Math.max(MIN_SCALE, Handwriting.smallestScale(standard, blanks) * (1 + 1e-9));
        List<Double> scales = new ArrayList<>();
        for (double s = MAX_SCALE; s > smallest; s *= STEP) {
            scales.add(s);
        }
        scales.add(smallest);
        List<Orientation> turns = options.orientation() == Orientation.AUTO
                ? List.of(Orientation.LANDSCAPE, Orientation.PORTRAIT) : List.of(options.orientation());
        Plan best = null;
        for (Orientation turn : turns) {
            PageSize size = PageSize.of(options.paper(), turn, 1, 0);
            Plan[] plans = new Plan[scales.size()];
            int last = scales.size() - 1;
            plans[last] = plan(shown, standard, blanks, size, options, legend, frame, scales.get(last));
            // the smallest scale needs the fewest pages; find the largest scale that needs no more (a larger scale
            // needs more pages, not fewer, so halving the interval finds it with a handful of layouts)
            int low = 0;
            int high = last;
            while (low < high) {
                int mid = (low + high) / 2;
                plans[mid] = plan(shown, standard, blanks, size, options, legend, frame, scales.get(mid));
                if (plans[mid].asGoodAs(plans[last])) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            Plan found = plans[high];
            if (found.betterThan(best)) {
                best = found;
            }
        }
        return new WorksheetPages(best, shown, options, edition, legend, frame, texts);
    }

    private static Plan plan(JourneyMap shown, MapLayout standard, Set<WorksheetPart> blanks, PageSize size,
                             PdfOptions options, Legend legend, PageFrame frame, double scale) {
        LayoutStyle style = Handwriting.style(standard, blanks, scale);
        MapLayout layout = MapLayout.of(shown, style);
        Rect area = PrintedPages.handoutMapArea(size, Paper.mm(options.marginMm()), legend, frame);
        double width = area.width() / scale - style.laneHeaderWidth();
        double height = area.height() / scale;
        List<PhaseBox> phases = layout.phases();
        List<LaneBox> lanes = layout.lanes();
        double[] widths = new double[phases.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = phases.get(i).column().width();
        }
        double header = phases.get(0).header().height();
        double continued = Handwriting.continuedHeaderHeight(style);
        double[] heights = new double[lanes.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = lanes.get(i).row().height();
        }
        List<int[]> phaseGroups = balance(widths, width, 0);
        List<int[]> laneGroups = balance(heights, height - continued, header - continued);
        List<Window> windows = new ArrayList<>();
        int shrunk = 0;
        for (int[] lanesOnPage : laneGroups) {
            double h = (lanesOnPage[0] == 0 ? header : continued) + sum(heights, lanesOnPage);
            for (int[] phasesOnPage : phaseGroups) {
                double w = style.laneHeaderWidth() + sum(widths, phasesOnPage);
                // a single column or lane too large for the sheet prints smaller rather than being cut off
                double fits = Math.min(area.width() / w, area.height() / h);
                double pageScale = Math.min(scale, fits);
                if (pageScale < scale - 1e-9) {
                    shrunk++;
                }
                windows.add(new Window(phasesOnPage[0], phasesOnPage[1], lanesOnPage[0], lanesOnPage[1],
                        pageScale));
            }
        }
        return new Plan(size, scale, layout, windows, phaseGroups.size(), laneGroups.size(), shrunk);
    }

    private static double sum(double[] sizes, int[] range) {
        double total = 0;
        for (int i = range[0]; i <= range[1]; i++) {
            total += sizes[i];
        }
        return total;
    }

    /**
     * Splits {@code sizes} into as few runs as fit into {@code room} ({@code firstExtra} more taken by the first run,
     * as the full phase header is taller than a continued one), as even as that allows; each run as {from, to}.
     */
    private static List<int[]> balance(double[] sizes, double room, double firstExtra) {
        List<int[]> greedy = runs(sizes, room, firstExtra);
        double total = 0;
        for (double v : sizes) {
            total += v;
        }
        // the smallest room that still gives as few runs: the pages come out alike instead of one full, one empty
        double low = 0;
        double high = room;
        for (int i = 0; i < 30; i++) {
            double mid = (low + high) / 2;
            if (runs(sizes, mid, firstExtra).size() <= greedy.size()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return total <= 0 ? greedy : runs(sizes, high, firstExtra);
    }

    private static List<int[]> runs(double[] sizes, double room, double firstExtra) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        double used = firstExtra;
        for (int i = 0; i < sizes.length; i++) {
            if (i > from && used + sizes[i] > room + 1e-6) {
                runs.add(new int[] {from, i - 1});
                from = i;
                used = 0;
            }
            used += sizes[i];
        }
        runs.add(new int[] {from, sizes.length - 1});
        return runs;
    }

    /** The scale the map prints at (card texts of the key print at this times their size). */
    double scale() {
        double smallest = plan.scale();
        for (Window w : plan.windows()) {
            smallest = Math.min(smallest, w.scale());
        }
        return smallest;
    }

    /** The map pages, in reading order: phases left to right, then further down the lanes. */
    List<PrintedPage> pages() {
        MapLayout layout = plan.layout();
        MapDrawing drawing = MapDrawing.forHandwriting(layout, edition.blanks(),
                edition.kind() == Edition.Kind.ANSWER_KEY, Handwriting.LINE_PITCH / plan.scale());
        List<PrintedPage> pages = new ArrayList<>();
        double margin = Paper.mm(options.marginMm());
        Rect area = plan.size().inside(margin);
        Rect mapArea = PrintedPages.handoutMapArea(plan.size(), margin, legend, frame);
        for (Window w : plan.windows()) {
            String where = where(w);
            pages.add(new PrintedPage(plan.size(), (g, number, count) -> {
                frame.header(g, area, where);
                double bottom = drawWindow(g, layout, drawing, w, mapArea);
                legend.draw(g, area.x(), bottom + PrintedPages.LEGEND_GAP, area.width() - frame.pageNumberWidth(99),
                        PrintedPages.LEGEND_SIZE);
                frame.pageNumber(g, area, number, count);
            }));
        }
        return pages;
    }

    /** "Phasen 1–3 von 7" (and "Zeilen 1–5 von 9" when the lanes are split too); empty on a single page. */
    private String where(Window w) {
        List<String> parts = new ArrayList<>();
        if (plan.phaseGroups() > 1) {
            parts.add(range("worksheet.phase", "worksheet.phases", w.firstPhase(), w.lastPhase(),
                    plan.layout().phases().size()));
        }
        if (plan.laneGroups() > 1) {
            parts.add(range("worksheet.lane", "worksheet.lanes", w.firstLane(), w.lastLane(),
                    plan.layout().lanes().size()));
        }
        return String.join(" · ", parts);
    }

    private String range(String one, String several, int first, int last, int count) {
        return first == last ? texts.get(one, first + 1, count) : texts.get(several, first + 1, last + 1, count);
    }

    /** Draws one page's part of the map into {@code area}, centred across; returns the bottom of what it drew. */
    private double drawWindow(Canvas2D g, MapLayout layout, MapDrawing drawing, Window w, Rect area) {
        PhaseBox first = layout.phases().get(w.firstPhase());
        PhaseBox last = layout.phases().get(w.lastPhase());
        LaneBox top = layout.lanes().get(w.firstLane());
        LaneBox bottom = layout.lanes().get(w.lastLane());
        double laneWidth = layout.style().laneHeaderWidth();
        double cellsX = first.column().x();
        double cellsWidth = last.column().right() - cellsX;
        double rowsY = top.row().y();
        double rowsHeight = bottom.row().bottom() - rowsY;
        boolean full = w.firstLane() == 0;
        double header = full ? first.header().height() : Handwriting.continuedHeaderHeight(layout.style());
        double s = w.scale();
        double width = laneWidth + cellsWidth;
        double height = header + rowsHeight;
        double x = area.x() + (area.width() - width * s) / 2;
        g.save();
        g.translate(x, area.y());
        g.scale(s);
        Rect grid = layout.grid();
        part(g, drawing, new Rect(grid.x(), rowsY, laneWidth, rowsHeight), 0, header, s);
        part(g, drawing, new Rect(cellsX, rowsY, cellsWidth, rowsHeight), laneWidth, header, s);
        if (full) {
            part(g, drawing, new Rect(cellsX, first.header().y(), cellsWidth, header), laneWidth, 0, s);
        } else {
            for (int i = w.firstPhase(); i <= w.lastPhase(); i++) {
                continuedHeader(g, layout, layout.phases().get(i), laneWidth + layout.phases().get(i).column().x()
                        - cellsX, header);
            }
        }
        g.setStroke(COLOURS.gridLine());
        g.setLineWidth(1);
        g.setDashes();
        g.line(laneWidth, 0, laneWidth, height);
        g.strokeRect(0, 0, width, height);
        g.restore();
        return area.y() + height * s;
    }

    /** Draws the part {@code source} of the map (map units) with its top-left corner at (x, y). */
    private static void part(Canvas2D g, MapDrawing drawing, Rect source, double x, double y, double scale) {
        g.save();
        g.translate(x - source.x(), y - source.y());
        g.clipRect(source.x(), source.y(), source.width(), source.height());
        drawing.draw(g, source, scale);
        g.restore();
    }

    /**
     * The narrow header of a column continued from an earlier page: its colour and its name, or only its number
     * where the names are to be written in (worksheet and key alike, so their pages match).
     */
    private void continuedHeader(Canvas2D g, MapLayout layout, PhaseBox p, double x, double height) {
        g.setFill(p.colour());
        g.fillRect(x, 0, p.header().width(), height);
        String name = edition.blanks().contains(WorksheetPart.PHASES)
                ? texts.get("worksheet.phaseNumber", p.index() + 1)
                : shown.phases().get(p.index()).name();
        double size = layout.style().phaseNameSize();
        FontMetrics bold = FontMetrics.bold();
        double padding = p.name().x() - p.header().x();
        g.setFill(COLOURS.textOn(p.colour()));
        g.text(PageFrame.oneLine(name, bold, size, p.header().width() - 2 * padding), x + padding,
                (height - bold.lineHeight(size)) / 2 + bold.ascent(size), size, true);
    }
}
