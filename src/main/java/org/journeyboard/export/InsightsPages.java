package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.journeyboard.export.PageBlocks.Block;
import org.journeyboard.export.PrintedTable.Cell;
import org.journeyboard.export.PrintedTable.Column;
import org.journeyboard.insights.Insights;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.insights.KpiCheck;
import org.journeyboard.insights.KpiStatus;
import org.journeyboard.insights.PhaseChannels;
import org.journeyboard.insights.PhaseEmotion;
import org.journeyboard.insights.PlacedOpportunity;
import org.journeyboard.insights.Quadrant;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.model.EmotionCurve;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Phase;
import org.journeyboard.model.TouchpointType;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.EmotionChart;
import org.journeyboard.paint.MapColours;
import org.journeyboard.paint.OpportunityMatrix;

/**
 * The insights pages of a printed map ({@code export --insights}, the dialog's "Insights page"): the ranked pain
 * points, the emotion per phase as a chart, the opportunity matrix with its list, the channel mix per phase and the
 * KPI table, on as many pages as they need. Drawn through Canvas2D like every page, so PDF and screen agree.
 */
final class InsightsPages {
    static final Colour INK = MapColours.LIGHT.ink();
    static final Colour MUTED = MapColours.LIGHT.mutedInk();
    static final Colour GOOD = Colour.parse("#1E7B45");
    static final Colour BAD = Colour.parse("#B03A2E");
    static final double TITLE = 15;
    static final double SECTION = 12;
    static final double BODY = 9;

    private InsightsPages() {
    }

    /** The blocks of the insights of {@code map}, worded by {@code t} and {@code labels}, for a body this wide. */
    static List<Block> blocks(JourneyMap map, InsightsTexts t, Labels labels, double width) {
        Insights insights = Insights.of(map);
        List<Block> out = new ArrayList<>();
        out.add(PageBlocks.heading(t.get("page.title"), TITLE, 0, INK));
        painPoints(insights, t, out);
        emotions(insights, t, out);
        opportunities(insights, t, width, out);
        channels(insights, t, labels, out);
        kpis(insights, t, out);
        return out;
    }

    private static void section(String title, List<Block> out) {
        out.add(PageBlocks.heading(title, SECTION, 16, INK));
    }

    private static void none(String text, List<Block> out) {
        out.add(PageBlocks.text(text, BODY, false, MUTED, 0, 4));
    }

    private static void painPoints(Insights insights, InsightsTexts t, List<Block> out) {
        section(t.get("painPoints"), out);
        if (insights.painPoints().isEmpty()) {
            none(t.get("painPoints.none"), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.rank"), 0.35),
                new Column(t.get("column.painPoint"), 3.4), new Column(t.get("column.phase"), 1.4),
                new Column(t.get("column.lane"), 1.4), new Column(t.get("column.severity"), 0.8),
                new Column(t.get("column.votes"), 0.7), new Column(t.get("column.emotion"), 0.8)));
        List<List<Cell>> rows = new ArrayList<>();
        for (RankedPainPoint p : insights.painPoints()) {
            rows.add(List.of(Cell.of(p.rank() + "."), new Cell(p.card().title(), true, null),
                    Cell.of(p.phase() == null ? p.card().phaseId() : p.phase().name()),
                    Cell.of(p.lane() == null ? p.card().laneId() : p.lane().title()),
                    Cell.of(p.card().severity() == null ? t.get("empty") : String.valueOf(p.severity())),
                    Cell.of(String.valueOf(p.votes())),
                    Cell.of(p.emotion() == null ? t.get("empty") : t.score(p.emotion()))));
        }
        out.addAll(table.blocks(rows));
    }

    private static void emotions(Insights insights, InsightsTexts t, List<Block> out) {
        section(t.get("emotions"), out);
        if (insights.emotions().isEmpty()) {
            none(t.get("emotions.none"), out);
            return;
        }
        JourneyMap map = insights.map();
        Map<String, PhaseEmotion> byKey = insights.emotions().stream()
                .collect(Collectors.toMap(e -> e.curveId() + "\u0000" + e.phaseId(), e -> e, (a, b) -> a));
        List<EmotionChart.Series> series = new ArrayList<>();
        for (EmotionCurve curve : map.curves()) {
            List<Double> means = new ArrayList<>();
            List<Integer> minimums = new ArrayList<>();
            for (Phase phase : map.phases()) {
                PhaseEmotion e = byKey.get(curve.id() + "\u0000" + phase.id());
                means.add(e == null ? null : e.mean());
                minimums.add(e == null ? null : e.min());
            }
            if (means.stream().anyMatch(m -> m != null)) {
                series.add(new EmotionChart.Series(curve.name(), curve.colour(), false, means, minimums));
            }
        }
        List<String> phases = map.phases().stream().map(Phase::name).toList();
        out.add(PageBlocks.chart(new EmotionChart(new EmotionChart.Data(phases, series, t.get("chart.mean"),
                t.get("chart.minimum"), null, null, null)), 6));
    }

    private static void opportunities(Insights insights, InsightsTexts t, double width, List<Block> out) {
        section(t.get("opportunities"), out);
        if (insights.opportunities().isEmpty()) {
            none(t.get("opportunities.none"), out);
            return;
        }
        List<OpportunityMatrix.Item> items = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (PlacedOpportunity o : insights.opportunities()) {
            number++;
            if (o.quadrant() != null) {
                items.add(new OpportunityMatrix.Item(number, o.impact(), o.effort()));
            }
            rows.add(List.of(Cell.of(number + "."), new Cell(o.card().title(), true, null),
                    Cell.of(o.phase() == null ? o.card().phaseId() : o.phase().name()),
                    Cell.of(o.impact() == null ? t.get("empty") : o.impact().toString()),
                    Cell.of(o.effort() == null ? t.get("empty") : o.effort().toString()),
                    new Cell(t.quadrant(o.quadrant()), o.quadrant() == Quadrant.QUICK_WIN, null)));
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.rank"), 0.35),
                new Column(t.get("column.opportunity"), 3.6), new Column(t.get("column.phase"), 1.4),
                new Column(t.get("column.impact"), 0.8), new Column(t.get("column.effort"), 0.8),
                new Column(t.get("column.quadrant"), 1.5)));
        if (items.isEmpty()) {
            out.addAll(table.blocks(rows));
            return;
        }
        List<String> quadrants = List.of(t.quadrant(Quadrant.QUICK_WIN), t.quadrant(Quadrant.BIG_BET),
                t.quadrant(Quadrant.FILL_IN), t.quadrant(Quadrant.MONEY_PIT));
        OpportunityMatrix matrix = new OpportunityMatrix(items, new OpportunityMatrix.Words(quadrants,
                t.get("column.impact"), t.get("column.effort")), Quadrant.HIGH);
        List<String> list = new ArrayList<>();
        for (List<Cell> row : rows) {
            // "1. Kauf auf Rechnung (Kauf) · Wirkung 5, Aufwand 2 · Schneller Erfolg"
            list.add(row.get(0).text() + " " + row.get(1).text() + " (" + row.get(2).text() + ") · "
                    + t.get("column.impact") + " " + row.get(3).text() + ", " + t.get("column.effort") + " "
                    + row.get(4).text() + " · " + row.get(5).text());
        }
        out.add(PageBlocks.caption(t.get("matrix.note"), 8, MUTED, 4));
        if (MatrixWithList.fits(list, width)) {
            // the numbered list beside the matrix, so that dot and title are read together
            out.add(new MatrixWithList(matrix, list));
        } else {
            out.add(PageBlocks.matrix(matrix, 6));
            out.addAll(table.blocks(rows));
        }
    }

    private static void channels(Insights insights, InsightsTexts t, Labels labels, List<Block> out) {
        section(t.get("channels"), out);
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.phase"), 1.5),
                new Column(t.get("column.touchpoints"), 1.1), new Column(t.get("column.directIndirect"), 1),
                new Column(t.get("column.onlineOffline"), 1), new Column(t.get("column.types"), 2),
                new Column(t.get("column.gaps"), 2)));
        List<List<Cell>> rows = new ArrayList<>();
        for (PhaseChannels c : insights.channels()) {
            String types = c.byType().entrySet().stream()
                    .sorted(Map.Entry.<TouchpointType, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().ordinal()))
                    .map(e -> labels.touchpointType(e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            String gap = c.hasNoTouchpoint() ? t.get("gap.noTouchpoint") : c.hasNoAction() ? t.get("gap.noAction")
                    : "";
            rows.add(List.of(new Cell(c.phase().name(), true, null), Cell.of(String.valueOf(c.touchpoints())),
                    Cell.of(c.direct() + " / " + c.indirect()), Cell.of(c.online() + " / " + c.offline()),
                    Cell.of(types.isEmpty() ? t.get("empty") : types), new Cell(gap, false, BAD)));
        }
        if (rows.isEmpty()) {
            none(t.get("empty"), out);
            return;
        }
        out.addAll(table.blocks(rows));
    }

    private static void kpis(Insights insights, InsightsTexts t, List<Block> out) {
        section(t.get("kpis"), out);
        if (insights.kpis().isEmpty()) {
            none(t.get("kpis.none"), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.phase"), 1.3),
                new Column(t.get("column.kpi"), 2.4), new Column(t.get("column.target"), 1.1),
                new Column(t.get("column.actual"), 1.1), new Column(t.get("column.status"), 1.1)));
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiCheck k : insights.kpis()) {
            Colour colour = k.status() == KpiStatus.MET ? GOOD : k.status() == KpiStatus.MISSED ? BAD : MUTED;
            rows.add(List.of(Cell.of(k.phase().name()), new Cell(k.kpi().name(), true, null),
                    Cell.of(orDash(k.kpi().target(), t)), Cell.of(orDash(k.kpi().actual(), t)),
                    new Cell(t.status(k.status()), k.status() != KpiStatus.NOT_COMPARABLE, colour)));
        }
        out.addAll(table.blocks(rows));
    }

    /** The matrix at the left, the numbered list of opportunities beside it (when it is not taller). */
    private record MatrixWithList(OpportunityMatrix matrix, List<String> list) implements Block {
        private static final double GAP = 14;
        private static final double SIZE = 8.5;

        /** True when the list, beside a matrix on a page {@code width} wide, is no taller than the matrix. */
        static boolean fits(List<String> list, double width) {
            return listWidth(width) >= 120 && listHeight(list, width) <= OpportunityMatrix.side(width);
        }

        private static double listWidth(double width) {
            return width - OpportunityMatrix.side(width) - GAP;
        }

        private static double listHeight(List<String> list, double width) {
            double h = 0;
            for (String item : list) {
                h += lines(item, width).size() * FontMetrics.regular().lineHeight(SIZE) + 4;
            }
            return h;
        }

        private static List<String> lines(String item, double width) {
            return TextWrap.wrap(item, FontMetrics.regular(), SIZE, listWidth(width) - 12);
        }

        @Override
        public double height(double width) {
            return Math.max(OpportunityMatrix.side(width), listHeight(list, width));
        }

        @Override
        public void draw(Canvas2D g, double x, double y, double width) {
            matrix.draw(g, x, y, OpportunityMatrix.side(width));
            double lx = x + OpportunityMatrix.side(width) + GAP;
            double line = FontMetrics.regular().lineHeight(SIZE);
            double ly = y + line + 2; // level with the top of the matrix's fields
            g.setFill(INK);
            for (String item : list) {
                List<String> lines = lines(item, width);
                for (int i = 0; i < lines.size(); i++) {
                    g.text(lines.get(i), lx + (i > 0 ? 12 : 0), ly + FontMetrics.regular().ascent(SIZE) + i * line,
                            SIZE, false);
                }
                ly += lines.size() * line + 4;
            }
        }

        @Override
        public double spaceBefore() {
            return 6;
        }
    }

    static String orDash(String text, InsightsTexts t) {
        return text == null || text.isBlank() ? t.get("empty") : text;
    }
}
