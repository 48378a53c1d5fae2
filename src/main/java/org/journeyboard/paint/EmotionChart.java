package org.journeyboard.paint;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.model.CurvePoint;

/**
 * The emotion per phase as a chart: one column per phase, the score scale from −2 to +2, and for each curve its mean
 * in each phase joined by a line, with a whisker down to the phase's lowest point. The insights page draws one curve
 * per persona; the comparison draws two curves over the shared phases, the earlier one dashed, with the per-phase
 * difference in a row below. Sizes are in the units of the canvas (points on paper); no text is smaller than
 * {@link #TEXT_SIZE}.
 */
public final class EmotionChart {
    /** The size of every text of the chart: legible on paper. */
    public static final double TEXT_SIZE = 8;
    private static final double PLOT_HEIGHT = 120;
    private static final double AXIS_WIDTH = 22;
    private static final double ROW_GAP = 4;
    /** Below this column width the phases are numbered and named in a key line. */
    private static final double NAMED_COLUMN = 34;
    private static final MapColours COLOURS = MapColours.LIGHT;
    private static final Colour FALL = Colour.parse("#B03A2E");
    private static final Colour RISE = Colour.parse("#1E7B45");

    /** One curve: its name and colour, and per phase its mean and minimum (null where it has no point there). */
    public record Series(String name, Colour colour, boolean dashed, List<Double> means, List<Integer> minimums) {
        public Series {
            means = java.util.Collections.unmodifiableList(new ArrayList<>(means));
            minimums = minimums == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(minimums));
        }
    }

    /**
     * What to draw: the phase names, the curves, the legend words for mean and minimum, and optionally a row of
     * differences per phase ({@code differenceLabel} before it; null entries print as {@code empty}).
     */
    public record Data(List<String> phases, List<Series> series, String meanWord, String minimumWord,
                       String differenceLabel, List<String> differences, List<Double> differenceValues) {
    }

    private final Data data;

    public EmotionChart(Data data) {
        this.data = data;
    }

    /** The height the chart takes at {@code width}. */
    public double height(double width) {
        FontMetrics regular = FontMetrics.regular();
        double line = regular.lineHeight(TEXT_SIZE);
        double h = legendHeight(width) + ROW_GAP + PLOT_HEIGHT + ROW_GAP + phaseLabelLines(width) * line;
        if (!numbered(width)) {
            return h + differenceHeight();
        }
        return h + differenceHeight() + ROW_GAP + key(width).size() * line;
    }

    /** Draws the chart with its top left corner at (x, y). */
    public void draw(Canvas2D g, double x, double y, double width) {
        FontMetrics regular = FontMetrics.regular();
        double line = regular.lineHeight(TEXT_SIZE);
        double top = legend(g, x, y, width) + ROW_GAP;
        double plotX = x + AXIS_WIDTH;
        double plotW = width - AXIS_WIDTH;
        int n = Math.max(1, data.phases().size());
        double column = plotW / n;
        // the scale: grid lines at every score, the zero line stronger
        g.setDashes();
        for (int s = CurvePoint.MIN_SCORE; s <= CurvePoint.MAX_SCORE; s++) {
            double sy = scoreY(s, top);
            g.setStroke(s == 0 ? COLOURS.zeroLine() : COLOURS.gridLine());
            g.setLineWidth(s == 0 ? 0.9 : 0.5);
            g.line(plotX, sy, plotX + plotW, sy);
            String label = s > 0 ? "+" + s : s < 0 ? "−" + -s : "0";
            g.setFill(COLOURS.mutedInk());
            g.text(label, plotX - 4 - regular.width(label, TEXT_SIZE), sy + regular.ascent(TEXT_SIZE) / 2 - 1,
                    TEXT_SIZE, false);
        }
        g.setStroke(COLOURS.gridLine());
        g.setLineWidth(0.5);
        for (int i = 0; i <= n; i++) {
            g.line(plotX + i * column, top, plotX + i * column, top + PLOT_HEIGHT);
        }
        for (Series s : data.series()) {
            drawSeries(g, s, plotX, column, top);
        }
        // phase names under their columns, or numbers with a key below when the columns are narrow
        double labelsTop = top + PLOT_HEIGHT + ROW_GAP;
        boolean numbered = numbered(width);
        g.setFill(COLOURS.ink());
        boolean staggered = !numbered && staggered(column);
        for (int i = 0; i < data.phases().size(); i++) {
            List<String> lines = numbered ? List.of(String.valueOf(i + 1))
                    : staggered ? List.of(PageText.fit(data.phases().get(i), regular, TEXT_SIZE, 2 * column - 6))
                    : phaseLines(data.phases().get(i), column);
            int shift = staggered ? i % 2 : 0;
            if (shift > 0) {
                // a short tick leads the eye from the lower label up to its column
                g.setStroke(COLOURS.gridLine());
                g.setLineWidth(0.5);
                double cx = plotX + (i + 0.5) * column;
                g.line(cx, labelsTop - 2, cx, labelsTop + line - 1);
                g.setFill(COLOURS.ink());
            }
            for (int k = 0; k < lines.size(); k++) {
                String text = lines.get(k);
                double cx = plotX + (i + 0.5) * column;
                double w = regular.width(text, TEXT_SIZE);
                // centred under the column, but never beyond the chart's edges
                double tx = Math.max(x, Math.min(cx - w / 2, x + width - w));
                g.text(text, tx, labelsTop + regular.ascent(TEXT_SIZE) + (k + shift) * line,
                        TEXT_SIZE, false);
            }
        }
        double below = labelsTop + phaseLabelLines(width) * line;
        if (data.differences() != null) {
            drawDifferences(g, x, below, plotX, column);
            below += differenceHeight();
        }
        if (numbered) {
            below += ROW_GAP;
            g.setFill(COLOURS.mutedInk());
            for (String text : key(width)) {
                g.text(text, x, below + regular.ascent(TEXT_SIZE), TEXT_SIZE, false);
                below += line;
            }
        }
    }

    private void drawSeries(Canvas2D g, Series s, double plotX, double column, double top) {
        g.setStroke(s.colour());
        g.setLineWidth(1.8);
        if (s.dashed()) {
            g.setDashes(5, 3);
        } else {
            g.setDashes();
        }
        g.beginPath();
        boolean open = false;
        for (int i = 0; i < s.means().size(); i++) {
            Double mean = s.means().get(i);
            if (mean == null) {
                continue;
            }
            double px = plotX + (i + 0.5) * column;
            double py = scoreY(mean, top);
            if (open) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                open = true;
            }
        }
        if (open) {
            g.strokePath();
        }
        g.setDashes();
        for (int i = 0; i < s.means().size(); i++) {
            Double mean = s.means().get(i);
            if (mean == null) {
                continue;
            }
            double px = plotX + (i + 0.5) * column;
            double py = scoreY(mean, top);
            Integer min = s.minimums() == null ? null : s.minimums().get(i);
            if (min != null && min < mean - 1e-9) {
                double my = scoreY(min, top);
                g.setStroke(s.colour());
                g.setLineWidth(1);
                g.line(px, py, px, my);
                g.setFill(s.colour());
                minimumMark(g, px, my);
            }
            g.setFill(COLOURS.paper());
            g.fillCircle(px, py, 3.4);
            g.setStroke(s.colour());
            g.setLineWidth(1.6);
            g.strokeCircle(px, py, 3.4);
        }
    }

    /** A small triangle pointing down at the lowest point. */
    private static void minimumMark(Canvas2D g, double cx, double cy) {
        g.beginPath();
        g.moveTo(cx - 3.5, cy - 3);
        g.lineTo(cx + 3.5, cy - 3);
        g.lineTo(cx, cy + 3);
        g.closePath();
        g.fillPath();
    }

    private void drawDifferences(Canvas2D g, double x, double top, double plotX, double column) {
        FontMetrics regular = FontMetrics.regular();
        FontMetrics bold = FontMetrics.bold();
        double y = top + ROW_GAP;
        g.setFill(COLOURS.mutedInk());
        g.text(PageText.fit(data.differenceLabel(), regular, TEXT_SIZE, plotX - x + column * data.phases().size()),
                x, y + regular.ascent(TEXT_SIZE), TEXT_SIZE, false);
        double baseline = y + regular.lineHeight(TEXT_SIZE) + bold.ascent(TEXT_SIZE);
        for (int i = 0; i < data.differences().size(); i++) {
            String text = PageText.fit(data.differences().get(i), bold, TEXT_SIZE, column - 2);
            Double v = data.differenceValues().get(i);
            g.setFill(v == null || Math.abs(v) < 1e-9 ? COLOURS.mutedInk() : v < 0 ? FALL : RISE);
            double cx = plotX + (i + 0.5) * column;
            g.text(text, cx - bold.width(text, TEXT_SIZE) / 2, baseline, TEXT_SIZE, true);
        }
    }

    private double differenceHeight() {
        return data.differences() == null ? 0
                : ROW_GAP + FontMetrics.regular().lineHeight(TEXT_SIZE) + FontMetrics.bold().lineHeight(TEXT_SIZE);
    }

    private static double scoreY(double score, double top) {
        double range = CurvePoint.MAX_SCORE - CurvePoint.MIN_SCORE;
        double inset = 8;
        return top + inset + (CurvePoint.MAX_SCORE - score) / range * (PLOT_HEIGHT - 2 * inset);
    }

    /** The legend (curve names with their line, then the marks for mean and minimum); returns the y below it. */
    private double legend(Canvas2D g, double x, double y, double width) {
        FontMetrics regular = FontMetrics.regular();
        double line = regular.lineHeight(TEXT_SIZE);
        double cx = x;
        double cy = y;
        for (LegendEntry e : legendEntries()) {
            double w = 22 + regular.width(e.text(), TEXT_SIZE) + 12;
            if (cx > x && cx + w > x + width) {
                cx = x;
                cy += line;
            }
            double mid = cy + line / 2;
            e.mark().draw(g, cx, mid);
            g.setFill(COLOURS.ink());
            String text = PageText.fit(e.text(), regular, TEXT_SIZE, width - 22);
            g.text(text, cx + 22, cy + regular.ascent(TEXT_SIZE), TEXT_SIZE, false);
            cx += w;
        }
        return cy + line;
    }

    private double legendHeight(double width) {
        FontMetrics regular = FontMetrics.regular();
        double line = regular.lineHeight(TEXT_SIZE);
        double cx = 0;
        int rows = 1;
        for (LegendEntry e : legendEntries()) {
            double w = 22 + regular.width(e.text(), TEXT_SIZE) + 12;
            if (cx > 0 && cx + w > width) {
                cx = 0;
                rows++;
            }
            cx += w;
        }
        return rows * line;
    }

    private record LegendEntry(String text, Mark mark) {
    }

    @FunctionalInterface
    private interface Mark {
        void draw(Canvas2D g, double x, double midY);
    }

    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        for (Series s : data.series()) {
            entries.add(new LegendEntry(s.name(), (g, x, mid) -> {
                g.setStroke(s.colour());
                g.setLineWidth(1.8);
                if (s.dashed()) {
                    g.setDashes(5, 3);
                }
                g.line(x, mid, x + 18, mid);
                g.setDashes();
            }));
        }
        entries.add(new LegendEntry(data.meanWord(), (g, x, mid) -> {
            g.setFill(COLOURS.paper());
            g.fillCircle(x + 9, mid, 3.4);
            g.setStroke(COLOURS.ink());
            g.setLineWidth(1.4);
            g.strokeCircle(x + 9, mid, 3.4);
        }));
        if (data.series().stream().anyMatch(s -> s.minimums() != null)) {
            entries.add(new LegendEntry(data.minimumWord(), (g, x, mid) -> {
                g.setFill(COLOURS.ink());
                minimumMark(g, x + 9, mid);
            }));
        }
        return entries;
    }

    private boolean numbered(double width) {
        return (width - AXIS_WIDTH) / Math.max(1, data.phases().size()) < NAMED_COLUMN;
    }

    private int phaseLabelLines(double width) {
        if (numbered(width)) {
            return 1;
        }
        double column = (width - AXIS_WIDTH) / Math.max(1, data.phases().size());
        if (staggered(column)) {
            return 2;
        }
        int most = 1;
        for (String name : data.phases()) {
            most = Math.max(most, phaseLines(name, column).size());
        }
        return most;
    }

    /** True when some word of a phase name is wider than its column: the names then alternate in two rows. */
    private boolean staggered(double column) {
        FontMetrics regular = FontMetrics.regular();
        for (String name : data.phases()) {
            for (String word : name.split("\\s+")) {
                if (regular.width(word, TEXT_SIZE) > column - 4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> phaseLines(String name, double column) {
        List<String> lines = TextWrap.wrap(name, FontMetrics.regular(), TEXT_SIZE, column - 4, 2);
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** "1 Vorbewusstsein · 2 Aufmerksamkeit · …" wrapped to the width, for numbered columns. */
    private List<String> key(double width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.phases().size(); i++) {
            if (i > 0) {
                sb.append(" · ");
            }
            sb.append(i + 1).append('\u00a0').append(data.phases().get(i));
        }
        return TextWrap.wrap(sb.toString(), FontMetrics.regular(), TEXT_SIZE, width);
    }
}
