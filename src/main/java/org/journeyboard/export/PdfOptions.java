package org.journeyboard.export;

import java.util.Objects;
import org.journeyboard.model.Language;

/**
 * How a map is printed: paper, orientation, margin (mm), placement (fit, scale or poster tiles), the optional
 * appendix, phase and insights pages, and the language of the printed labels ({@code null}: the map's own
 * language).
 */
public record PdfOptions(Paper paper, Orientation orientation, double marginMm, Placement placement,
                         boolean appendix, boolean phasePage, Language language, boolean insights) {
    /** Margin used unless chosen otherwise; wide enough for office printers and poster marks. */
    public static final double DEFAULT_MARGIN_MM = 10;
    /** Overlap of neighbouring poster tiles, the strip that is glued. */
    public static final double OVERLAP_MM = 10;

    public PdfOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(placement, "placement");
        if (!(marginMm >= 0 && marginMm <= 50)) {
            throw ExportMessages.wrong("margin.range", marginMm);
        }
    }

    /** A4, orientation chosen by the map's shape, fit to one page, no extra pages. */
    public static PdfOptions defaults() {
        return new PdfOptions(Paper.A4, Orientation.AUTO, DEFAULT_MARGIN_MM, new Placement.Fit(), false, false, null,
                false);
    }

    public PdfOptions withPaper(Paper v) {
        return new PdfOptions(v, orientation, marginMm, placement, appendix, phasePage, language, insights);
    }

    public PdfOptions withOrientation(Orientation v) {
        return new PdfOptions(paper, v, marginMm, placement, appendix, phasePage, language, insights);
    }

    public PdfOptions withMarginMm(double v) {
        return new PdfOptions(paper, orientation, v, placement, appendix, phasePage, language, insights);
    }

    public PdfOptions withPlacement(Placement v) {
        return new PdfOptions(paper, orientation, marginMm, v, appendix, phasePage, language, insights);
    }

    public PdfOptions withAppendix(boolean v) {
        return new PdfOptions(paper, orientation, marginMm, placement, v, phasePage, language, insights);
    }

    public PdfOptions withPhasePage(boolean v) {
        return new PdfOptions(paper, orientation, marginMm, placement, appendix, v, language, insights);
    }

    public PdfOptions withLanguage(Language v) {
        return new PdfOptions(paper, orientation, marginMm, placement, appendix, phasePage, v, insights);
    }

    /** With or without the insights pages (ranked pain points, emotion chart, opportunity matrix, channels, KPIs). */
    public PdfOptions withInsights(boolean v) {
        return new PdfOptions(paper, orientation, marginMm, placement, appendix, phasePage, language, v);
    }
}
