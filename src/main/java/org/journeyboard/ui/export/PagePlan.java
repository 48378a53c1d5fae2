package org.journeyboard.ui.export;

import org.journeyboard.export.PageSize;
import org.journeyboard.export.PngOptions;
import org.journeyboard.export.PrintedPage;
import org.journeyboard.export.PrintedPages;
import org.journeyboard.export.ExportJob.Format;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.paint.MapPainter;

/**
 * What a map exported with some settings comes out as: the first page (for the preview), the number of pages and
 * of poster sheets, a PNG's pixel size, and how large the card text prints. Computing it lays the map out, so the
 * dialog does it off the FX thread.
 */
public record PagePlan(Format format, PrintedPage firstPage, int pages, int columns, int rows, int pixelWidth,
                       int pixelHeight, double cardTextSize) {

    /** The plan of {@code map} exported with {@code settings}. */
    public static PagePlan of(JourneyMap map, ExportSettings settings) {
        if (settings.format() == Format.PDF) {
            PrintedPages.Document document = PrintedPages.compose(map, settings.pdfOptions(), settings.edition());
            return new PagePlan(Format.PDF, document.pages().get(0), document.pages().size(), document.columns(),
                    document.rows(), 0, 0, document.cardTextSize());
        }
        MapLayout layout = MapLayout.of(map);
        PrintedPage picture = new PrintedPage(new PageSize(Math.max(1, layout.width()), Math.max(1, layout.height())),
                (g, number, count) -> new MapPainter().paint(layout, g));
        PngOptions png = settings.pngOptions();
        double scale = png.scaleFor(layout.width());
        int width = png.widthPx() > 0 ? png.widthPx() : (int) Math.ceil(layout.width() * scale);
        int height = (int) Math.ceil(layout.height() * scale);
        return new PagePlan(settings.format(), picture, 1, 1, 1, width, height, layout.style().cardTitleSize());
    }

    /** True when the map is printed over several sheets to tape together. */
    public boolean isPoster() {
        return columns * rows > 1;
    }

    /** The number of sheets the map itself takes (the rest are text pages). */
    public int mapSheets() {
        return columns * rows;
    }
}
