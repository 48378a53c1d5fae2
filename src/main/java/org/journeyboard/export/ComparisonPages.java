package org.journeyboard.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.journeyboard.export.PageBlocks.Block;
import org.journeyboard.export.PrintedTable.Cell;
import org.journeyboard.export.PrintedTable.Column;
import org.journeyboard.insights.Comparison;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.insights.RankedPainPoint;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.Card;
import org.journeyboard.model.Colour;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Labels;
import org.journeyboard.model.Language;
import org.journeyboard.model.Phase;
import org.journeyboard.paint.EmotionChart;

/**
 * The pages comparing two maps ({@code compare A B -o compare.pdf}, File › Compare with…): both emotion curves over
 * the shared phases with the per-phase difference, the phases where the journey dives, the pain points and cards
 * only in one of the two, and the KPI values side by side. The same pages are drawn on screen and into the PDF.
 */
public final class ComparisonPages {
    /** The earlier map's curve: blue and dashed, apart from the later one for every colour vision. */
    static final Colour BEFORE = Colour.parse("#0072B2");
    /** The later map's curve: vermillion and solid. */
    static final Colour AFTER = Colour.parse("#D55E00");

    private ComparisonPages() {
    }

    /**
     * The pages of {@code c}, the maps named {@code nameBefore} and {@code nameAfter} (their file names), on the
     * paper and in the language of {@code options} (no language: the earlier map's).
     */
    public static List<PrintedPage> compose(Comparison c, String nameBefore, String nameAfter, PdfOptions options) {
        Language language = language(c, options);
        InsightsTexts t = new InsightsTexts(language.locale());
        ExportTexts texts = ExportTexts.of(language);
        JourneyMap titled = c.before().withTitle(title(c, nameBefore, nameAfter, options));
        PageFrame frame = new PageFrame(titled, texts, Edition.handout());
        PageSize size = PageSize.of(options.paper(), options.orientation() == Orientation.LANDSCAPE
                ? Orientation.LANDSCAPE : Orientation.PORTRAIT, 1, 1);
        return PrintedPages.blockPages(blocks(c, nameBefore, nameAfter, t, texts.labels()), frame, size, options);
    }

    /** How the pages name a map: its file name without ".journey.json" (short enough for the page header). */
    public static String nameOf(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        for (String suffix : List.of(JourneyFiles.EXTENSION, ".json")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** "Vergleich: gut.journey.json → schlecht.journey.json", the title of the pages and of the PDF. */
    public static String title(Comparison c, String nameBefore, String nameAfter, PdfOptions options) {
        return new InsightsTexts(language(c, options).locale()).get("compare.title", nameBefore, nameAfter);
    }

    static Language language(Comparison c, PdfOptions options) {
        return options.language() != null ? options.language() : c.before().language();
    }

    static List<Block> blocks(Comparison c, String a, String b, InsightsTexts t, Labels labels) {
        List<Block> out = new ArrayList<>();
        out.add(PageBlocks.heading(t.get("compare.page.title"), InsightsPages.TITLE, 0, InsightsPages.INK));
        out.add(PageBlocks.text(t.get("compare.before", a), InsightsPages.BODY, false, InsightsPages.INK, 0, 2));
        out.add(PageBlocks.text(t.get("compare.after", b), InsightsPages.BODY, false, InsightsPages.INK, 0, 0));
        curves(c, a, b, t, out);
        if (!c.onlyBefore().isEmpty()) {
            out.add(PageBlocks.text(t.get("compare.onlyBefore", a, names(c.onlyBefore())), InsightsPages.BODY, false,
                    InsightsPages.MUTED, 0, 6));
        }
        if (!c.onlyAfter().isEmpty()) {
            out.add(PageBlocks.text(t.get("compare.onlyAfter", b, names(c.onlyAfter())), InsightsPages.BODY, false,
                    InsightsPages.MUTED, 0, 6));
        }
        dives(c, b, t, out);
        painPoints(t.get("compare.painOnlyAfter", b), c.painPointsOnlyAfter(), t, out);
        painPoints(t.get("compare.painOnlyBefore", a), c.painPointsOnlyBefore(), t, out);
        cards(t.get("compare.cardsOnlyAfter", b), c.cardsOnlyAfter(), c.after(), t, labels, out);
        cards(t.get("compare.cardsOnlyBefore", a), c.cardsOnlyBefore(), c.before(), t, labels, out);
        kpis(c, t, out);
        return out;
    }

    private static void section(String title, List<Block> out) {
        out.add(PageBlocks.heading(title, InsightsPages.SECTION, 16, InsightsPages.INK));
    }

    private static void none(String text, List<Block> out) {
        out.add(PageBlocks.text(text, InsightsPages.BODY, false, InsightsPages.MUTED, 0, 4));
    }

    private static void curves(Comparison c, String a, String b, InsightsTexts t, List<Block> out) {
        if (c.curves().isEmpty() || c.phases().isEmpty()) {
            section(t.get("emotions"), out);
            none(t.get("compare.noCurves"), out);
            return;
        }
        List<String> phases = c.phases().stream().map(p -> p.after().name()).toList();
        for (Comparison.CurvePair curve : c.curves()) {
            section(t.get("compare.phases", curve.after().name()), out);
            List<Double> before = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            List<String> differences = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Comparison.PhaseDifference d : c.differences()) {
                if (d.curve() != curve) {
                    continue;
                }
                before.add(d.before());
                after.add(d.after());
                differences.add(d.difference() == null ? t.get("empty") : t.score(d.difference()));
                values.add(d.difference());
            }
            List<EmotionChart.Series> series = List.of(
                    new EmotionChart.Series(a, BEFORE, true, before, null),
                    new EmotionChart.Series(b, AFTER, false, after, null));
            out.add(PageBlocks.chart(new EmotionChart(new EmotionChart.Data(phases, series, t.get("chart.mean"),
                    t.get("chart.minimum"), t.get("chart.difference", b, a), differences, values)), 6));
        }
    }

    private static void dives(Comparison c, String b, InsightsTexts t, List<Block> out) {
        section(t.get("compare.dives"), out);
        if (c.dives().isEmpty()) {
            none(t.get("compare.dives.none", b), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.phase"), 2),
                new Column(t.get("column.before"), 1.2), new Column(t.get("column.after"), 1.2),
                new Column("Δ", 0.8)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Comparison.PhaseDifference d : c.dives()) {
            rows.add(List.of(new Cell(d.phase().after().name(), true, null), Cell.of(t.score(d.before())),
                    Cell.of(t.score(d.after())), new Cell(t.score(d.difference()), true, InsightsPages.BAD)));
        }
        out.addAll(table.blocks(rows));
    }

    private static void painPoints(String title, List<RankedPainPoint> list, InsightsTexts t, List<Block> out) {
        section(title, out);
        if (list.isEmpty()) {
            none(t.get("compare.none"), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.rank"), 0.35),
                new Column(t.get("column.painPoint"), 3.6), new Column(t.get("column.phase"), 1.4),
                new Column(t.get("column.severity"), 0.8), new Column(t.get("column.votes"), 0.7)));
        List<List<Cell>> rows = new ArrayList<>();
        for (RankedPainPoint p : list) {
            rows.add(List.of(Cell.of(p.rank() + "."), new Cell(p.card().title(), true, null),
                    Cell.of(p.phase() == null ? p.card().phaseId() : p.phase().name()),
                    Cell.of(p.card().severity() == null ? t.get("empty") : String.valueOf(p.severity())),
                    Cell.of(String.valueOf(p.votes()))));
        }
        out.addAll(table.blocks(rows));
    }

    private static void cards(String title, List<Card> cards, JourneyMap map, InsightsTexts t, Labels labels,
                              List<Block> out) {
        section(title, out);
        if (cards.isEmpty()) {
            none(t.get("compare.none"), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.kind"), 1.2),
                new Column(t.get("column.card"), 3.6), new Column(t.get("column.phase"), 1.4)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Card card : cards) {
            rows.add(List.of(Cell.of(labels.cardKind(card.kind())), new Cell(card.title(), true, null),
                    Cell.of(map.phase(card.phaseId()).map(Phase::name).orElse(card.phaseId()))));
        }
        out.addAll(table.blocks(rows));
    }

    private static void kpis(Comparison c, InsightsTexts t, List<Block> out) {
        section(t.get("compare.kpis"), out);
        if (c.kpis().isEmpty()) {
            none(t.get("compare.noKpis"), out);
            return;
        }
        PrintedTable table = new PrintedTable(List.of(new Column(t.get("column.phase"), 1.3),
                new Column(t.get("column.kpi"), 2.2), new Column(t.get("column.target"), 1),
                new Column(t.get("column.actualBefore"), 1.3), new Column(t.get("column.actualAfter"), 1.3)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Comparison.KpiPair k : c.kpis()) {
            String target = k.after() != null && !k.after().target().isBlank() ? k.after().target()
                    : k.before() == null ? "" : k.before().target();
            rows.add(List.of(Cell.of(k.phase().after().name()), new Cell(k.name(), true, null),
                    Cell.of(InsightsPages.orDash(target, t)),
                    new Cell(k.before() == null ? t.get("empty") : InsightsPages.orDash(k.before().actual(), t), false,
                            null),
                    new Cell(k.after() == null ? t.get("empty") : InsightsPages.orDash(k.after().actual(), t), true,
                            null)));
        }
        out.addAll(table.blocks(rows));
    }

    private static String names(List<Phase> phases) {
        return phases.stream().map(Phase::name).collect(Collectors.joining(", "));
    }
}
