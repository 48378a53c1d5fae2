package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.insights.InsightsTexts;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.JourneyMap;

/**
 * Composes the pages of a printed map, independent of the output format: the map page (a handout fitted to one
 * page with header and legend, below the map or, where the page height limits the map, beside it; or poster tiles
 * with their marks), then the optional phase page, appendix and insights pages.
 */
public final class PrintedPages {
    static final double LEGEND_SIZE = 7.5;
    static final double LEGEND_GAP = 10;
    /** How much larger the map must print to turn the sheet against the map's own shape. */
    private static final double CLEARLY_LARGER = 1.1;
    /** Width of the legend column beside a map that the page height limits. */
    static final double SIDE_LEGEND_WIDTH = Paper.mm(42);
    /** How much larger the map must print for the legend to move beside it. */
    private static final double SIDE_LEGEND_GAIN = 1.02;
    private static final double MIN_OVERLAP_MARGIN = Paper.mm(8);

    private PrintedPages() {
    }

    /**
     * The pages of a printed map, the size its card texts come out on paper (points), and how many sheets across
     * and down the map itself takes (1 × 1 for a handout); the map's sheets come first, then any text pages.
     */
    public record Document(List<PrintedPage> pages, double cardTextSize, int columns, int rows) {
        public Document {
            pages = List.copyOf(pages);
        }

        /** The number of sheets the map itself is printed on. */
        public int mapSheets() {
            return columns * rows;
        }
    }

    /** Every page of {@code edition} of {@code map} printed with {@code options}. */
    public static Document compose(JourneyMap map, PdfOptions options, Edition edition) {
        ExportTexts texts = ExportTexts.of(options.language() == null ? map.language() : options.language());
        boolean fit = options.placement() instanceof Placement.Fit;
        // on a handout the page header carries the title; the map repeats it only on a poster
        JourneyMap shown = fit ? map.withTitle("") : map;
        MapDrawing drawing = edition.kind() == Edition.Kind.WORKSHEET
                ? MapDrawing.worksheet(shown, edition.blanks()) : MapDrawing.printed(shown);
        Legend legend = Legend.of(map, texts);
        PageFrame frame = new PageFrame(map, texts, edition);
        List<PrintedPage> pages = new ArrayList<>();
        // out-parameters of the page builders: the scale, then columns and rows of sheets
        double[] scale = {1, 1, 1};
        WorksheetPages handwriting = fit ? WorksheetPages.plan(shown, options, edition, legend, frame, texts) : null;
        if (handwriting != null) {
            // a worksheet and its key on one page only when every blank still leaves room to write
            pages.addAll(handwriting.pages());
            scale[0] = handwriting.scale();
        } else if (fit) {
            pages.add(handout(drawing, legend, frame, options, scale));
        } else {
            pages.addAll(poster(drawing, legend, frame, texts, options, map.title(), scale));
        }
        PageSize textPage = PageSize.of(options.paper(), Orientation.PORTRAIT, 1, 1);
        boolean phasePage = options.phasePage() || edition.blanks().contains(WorksheetPart.GOALS);
        if (phasePage) {
            double textWidth = textPage.inside(Math.max(Paper.mm(options.marginMm()), Paper.mm(15))).width();
            pages.addAll(textPages(DocumentTexts.phases(map, texts, edition, textWidth), frame, textPage, options));
        }
        // the appendix would give away a worksheet's answers, so only handouts and answer keys carry it
        if (options.appendix() && edition.kind() != Edition.Kind.WORKSHEET) {
            pages.addAll(textPages(DocumentTexts.appendix(map, texts), frame, textPage, options));
        }
        // like the appendix, the insights would give away a worksheet's answers (its pain points, its curve)
        if (options.insights() && edition.kind() != Edition.Kind.WORKSHEET) {
            InsightsTexts words = new InsightsTexts(texts.language().locale());
            double width = textBody(textPage, options, frame).width();
            pages.addAll(blockPages(InsightsPages.blocks(map, words, texts.labels(), width), frame, textPage,
                    options));
        }
        return new Document(pages, drawing.layout().style().cardTitleSize() * scale[0], (int) scale[1],
                (int) scale[2]);
    }

    private static PrintedPage handout(MapDrawing drawing, Legend legend, PageFrame frame, PdfOptions options,
                                       double[] scaleOut) {
        double margin = Paper.mm(options.marginMm());
        PageSize size = bestPage(options, size1 -> handoutMapArea(size1, margin, legend, frame), drawing.width(),
                drawing.height());
        Rect area = size.inside(margin);
        Sheet below = fit(drawing, handoutMapArea(size, margin, legend, frame));
        Rect sideArea = sideMapArea(area, legend, frame);
        Sheet side = sideArea == null ? null : fit(drawing, sideArea);
        if (side != null && side.scale() > below.scale() * SIDE_LEGEND_GAIN) {
            // a map that the page height limits: the legend takes the spare paper beside it, and the map with its
            // legend is centred as one block
            double mapWidth = drawing.width() * side.scale();
            double shift = (area.x() + (area.width() - mapWidth - 2 * LEGEND_GAP - SIDE_LEGEND_WIDTH) / 2)
                    - side.offsetX();
            Rect clip = new Rect(side.clip().x() + shift, side.clip().y(), side.clip().width(), side.clip().height());
            Sheet sheet = new Sheet(0, 0, 1, 1, clip, side.offsetX() + shift, side.offsetY(), side.scale());
            scaleOut[0] = sheet.scale();
            double legendX = sheet.offsetX() + mapWidth + 2 * LEGEND_GAP;
            return new PrintedPage(size, (g, number, count) -> {
                frame.header(g, area);
                drawSheet(g, sheet, drawing::draw);
                legend.draw(g, legendX, sheet.offsetY(), SIDE_LEGEND_WIDTH, LEGEND_SIZE);
                frame.pageNumber(g, area, number, count);
            });
        }
        scaleOut[0] = below.scale();
        double legendWidth = area.width() - frame.pageNumberWidth(99);
        // the legend follows the map directly, so the eye does not travel across empty paper to find it
        double legendTop = below.offsetY() + drawing.height() * below.scale() + LEGEND_GAP;
        return new PrintedPage(size, (g, number, count) -> {
            frame.header(g, area);
            drawSheet(g, below, drawing::draw);
            legend.draw(g, area.x(), legendTop, legendWidth, LEGEND_SIZE);
            frame.pageNumber(g, area, number, count);
        });
    }

    private static Sheet fit(MapDrawing drawing, Rect area) {
        return Imposition.plan(new Placement.Fit(), drawing.width(), drawing.height(), area, 0).get(0);
    }

    /**
     * The part of a handout page left for the map when the legend stands in a column at its right, or null when
     * the legend does not fit into that column.
     */
    static Rect sideMapArea(Rect area, Legend legend, PageFrame frame) {
        double top = area.y() + frame.headerHeight();
        double bottom = area.bottom() - FontMetrics.regular().lineHeight(PageFrame.NUMBER_SIZE) - 6;
        double width = area.width() - SIDE_LEGEND_WIDTH - 2 * LEGEND_GAP;
        if (legend.height(SIDE_LEGEND_WIDTH, LEGEND_SIZE) > bottom - top || width < area.width() / 2) {
            return null;
        }
        return new Rect(area.x(), top, width, bottom - top);
    }

    /** The part of a handout page left for the map between header and legend. */
    static Rect handoutMapArea(PageSize size, double margin, Legend legend, PageFrame frame) {
        Rect area = size.inside(margin);
        double legendHeight = legend.height(area.width() - frame.pageNumberWidth(99), LEGEND_SIZE);
        double footer = Math.max(legendHeight + LEGEND_GAP,
                FontMetrics.regular().lineHeight(PageFrame.NUMBER_SIZE) + 6);
        double top = area.y() + frame.headerHeight();
        return new Rect(area.x(), top, area.width(), Math.max(10, area.bottom() - footer - top));
    }

    /**
     * The sheet turned as the options say; for {@link Orientation#AUTO} the way that prints the content larger
     * (or, at a fixed scale, on fewer sheets).
     */
    private static PageSize bestPage(PdfOptions options, java.util.function.Function<PageSize, Rect> areaOf,
                                     double width, double height) {
        if (options.orientation() != Orientation.AUTO) {
            return PageSize.of(options.paper(), options.orientation(), width, height);
        }
        PageSize portrait = PageSize.of(options.paper(), Orientation.PORTRAIT, width, height);
        PageSize landscape = PageSize.of(options.paper(), Orientation.LANDSCAPE, width, height);
        double overlap = Paper.mm(PdfOptions.OVERLAP_MM);
        List<Sheet> p = Imposition.plan(options.placement(), width, height, areaOf.apply(portrait), overlap);
        List<Sheet> l = Imposition.plan(options.placement(), width, height, areaOf.apply(landscape), overlap);
        if (p.size() != l.size()) {
            return p.size() < l.size() ? portrait : landscape;
        }
        // the sheet turned like the map wins unless the other way prints it clearly larger: a wide map on a
        // landscape page fills it, where portrait would leave half the sheet empty for a few per cent of size
        boolean wide = width >= height;
        double natural = wide ? l.get(0).scale() : p.get(0).scale();
        double other = wide ? p.get(0).scale() : l.get(0).scale();
        boolean turn = other > natural * CLEARLY_LARGER;
        boolean landscapeWins = wide != turn;
        return landscapeWins ? landscape : portrait;
    }

    private static List<PrintedPage> poster(MapDrawing drawing, Legend legend, PageFrame frame, ExportTexts texts,
                                            PdfOptions options, String title, double[] scaleOut) {
        PosterContent content = new PosterContent(drawing, legend, frame.info());
        // poster marks and labels live in the margin, so it never gets narrower than they need
        double margin = Math.max(Paper.mm(options.marginMm()), MIN_OVERLAP_MARGIN);
        PageSize size = bestPage(options, page -> page.inside(margin), content.width(), content.height());
        Rect area = size.inside(margin);
        double overlap = Paper.mm(PdfOptions.OVERLAP_MM);
        List<PrintedPage> pages = new ArrayList<>();
        List<Sheet> sheets = Imposition.plan(options.placement(), content.width(), content.height(), area, overlap);
        scaleOut[0] = sheets.get(0).scale();
        scaleOut[1] = sheets.get(0).columns();
        scaleOut[2] = sheets.get(0).rows();
        for (Sheet sheet : sheets) {
            pages.add(new PrintedPage(size, (g, number, count) -> {
                drawSheet(g, sheet, content::draw);
                PosterMarks.draw(g, sheet, overlap, texts, title, frame.stampWord());
                // centred below the picture: the corners of the margin carry the cut and glue notes
                frame.pageNumberCentred(g, area.centerX(), area.bottom() + margin * 0.75, number, count);
            }));
        }
        return pages;
    }

    /** Draws content in map units onto the part of the page a sheet covers, culled to what is visible. */
    @FunctionalInterface
    private interface Content {
        void draw(org.journeyboard.paint.Canvas2D g, Rect visible, double scale);
    }

    private static void drawSheet(org.journeyboard.paint.Canvas2D g, Sheet sheet, Content content) {
        Rect clip = sheet.clip();
        double s = sheet.scale();
        Rect visible = new Rect((clip.x() - sheet.offsetX()) / s, (clip.y() - sheet.offsetY()) / s,
                clip.width() / s, clip.height() / s);
        g.save();
        g.clipRect(clip.x(), clip.y(), clip.width(), clip.height());
        g.translate(sheet.offsetX(), sheet.offsetY());
        g.scale(s);
        content.draw(g, visible, s);
        g.restore();
    }

    /** The printed part of a text page: inside its margin (at least 15 mm), between header and page number. */
    static Rect textBody(PageSize size, PdfOptions options, PageFrame frame) {
        Rect area = textArea(size, options);
        double top = area.y() + frame.headerHeight() + 4;
        double bottom = area.bottom() - FontMetrics.regular().lineHeight(PageFrame.NUMBER_SIZE) - 8;
        return new Rect(area.x(), top, area.width(), bottom - top);
    }

    private static Rect textArea(PageSize size, PdfOptions options) {
        return size.inside(Math.max(Paper.mm(options.marginMm()), Paper.mm(15)));
    }

    /** Pages of blocks (insights, comparison) under the frame's header, as many as the blocks need. */
    static List<PrintedPage> blockPages(List<PageBlocks.Block> blocks, PageFrame frame, PageSize size,
                                        PdfOptions options) {
        Rect area = textArea(size, options);
        Rect body = textBody(size, options, frame);
        List<PrintedPage> pages = new ArrayList<>();
        for (List<PageBlocks.Placed> placed : PageBlocks.pour(blocks, body)) {
            pages.add(new PrintedPage(size, (g, number, count) -> {
                frame.header(g, area);
                PageBlocks.draw(g, placed, body);
                frame.pageNumber(g, area, number, count);
            }));
        }
        return pages;
    }

    private static List<PrintedPage> textPages(List<TextFlow.Paragraph> paragraphs, PageFrame frame, PageSize size,
                                               PdfOptions options) {
        Rect area = textArea(size, options);
        Rect body = textBody(size, options, frame);
        List<PrintedPage> pages = new ArrayList<>();
        for (List<TextFlow.Line> lines : TextFlow.pour(paragraphs, body)) {
            pages.add(new PrintedPage(size, (g, number, count) -> {
                frame.header(g, area);
                TextFlow.draw(g, lines);
                frame.pageNumber(g, area, number, count);
            }));
        }
        return pages;
    }
}
