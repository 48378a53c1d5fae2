package org.journeyboard.ui.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.prefs.Preferences;
import org.journeyboard.export.Edition;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportJob.Format;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PdfOptions;
import org.journeyboard.export.Placement;
import org.journeyboard.export.PngOptions;
import org.journeyboard.export.WorksheetPart;

/**
 * Everything the Export and Print dialogs let the user choose, as one immutable value: what they turn into
 * ({@link PdfOptions}, {@link PngOptions}, an {@link ExportJob}) and how they are kept between uses.
 */
public record ExportSettings(Format format, Paper paper, Orientation orientation, Sizing sizing, int scalePercent,
                             int tileColumns, int tileRows, Set<WorksheetPart> worksheet, boolean appendix,
                             boolean phasePage, boolean insights, PngSizing pngSizing, int dpi, int widthPx,
                             boolean transparent) {

    /** How the map is put on paper. */
    public enum Sizing {
        FIT, SCALE, TILES
    }

    /** How a PNG's size is given. */
    public enum PngSizing {
        DPI, WIDTH
    }

    public static final int MIN_SCALE_PERCENT = 5;
    public static final int MAX_SCALE_PERCENT = 2000;
    public static final int MAX_TILES = 20;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;
    public static final int MIN_WIDTH = 100;
    public static final int MAX_WIDTH = PngOptions.MAX_SIDE;

    /** Values out of range are clamped, so that settings read back from an old or edited store always work. */
    public ExportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(pngSizing, "pngSizing");
        scalePercent = clamp(scalePercent, MIN_SCALE_PERCENT, MAX_SCALE_PERCENT);
        tileColumns = clamp(tileColumns, 1, MAX_TILES);
        tileRows = clamp(tileRows, 1, MAX_TILES);
        worksheet = worksheet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(worksheet));
        dpi = clamp(dpi, MIN_DPI, MAX_DPI);
        widthPx = clamp(widthPx, MIN_WIDTH, MAX_WIDTH);
    }

    /** A4 handout fitted to one page; PNG at 150 dpi on white. */
    public static ExportSettings defaults() {
        return new ExportSettings(Format.PDF, Paper.A4, Orientation.AUTO, Sizing.FIT, 100, 2, 2, Set.of(), false,
                false, false, PngSizing.DPI, 150, 1920, false);
    }

    public PdfOptions pdfOptions() {
        Placement placement = switch (sizing) {
            case FIT -> new Placement.Fit();
            case SCALE -> new Placement.Scale(scalePercent / 100.0);
            case TILES -> new Placement.Tiles(tileColumns, tileRows);
        };
        return PdfOptions.defaults().withPaper(paper).withOrientation(orientation).withPlacement(placement)
                .withAppendix(appendix).withPhasePage(phasePage).withInsights(insights);
    }

    public PngOptions pngOptions() {
        return pngSizing == PngSizing.WIDTH ? PngOptions.atWidth(widthPx, transparent)
                : PngOptions.atDpi(dpi, transparent);
    }

    /** True when a PDF leaves parts blank for students (and an answer key is written beside it). */
    public boolean isWorksheet() {
        return format == Format.PDF && !worksheet.isEmpty();
    }

    /** The edition shown in the preview and written first: the worksheet, or the plain handout. */
    public Edition edition() {
        return isWorksheet() ? Edition.worksheet(worksheet) : Edition.handout();
    }

    /** The export of these settings into {@code target}. */
    public ExportJob job(Path target) {
        return new ExportJob(format, pdfOptions(), format == Format.PDF ? worksheet : Set.of(), pngOptions(), target);
    }

    /** These settings with another format (the dialog's first choice). */
    public ExportSettings withFormat(Format v) {
        return new ExportSettings(v, paper, orientation, sizing, scalePercent, tileColumns, tileRows, worksheet,
                appendix, phasePage, insights, pngSizing, dpi, widthPx, transparent);
    }

    /** Stores the settings under {@code node}. */
    public void save(Preferences node) {
        node.put("format", format.name());
        node.put("paper", paper.name());
        node.put("orientation", orientation.name());
        node.put("sizing", sizing.name());
        node.putInt("scalePercent", scalePercent);
        node.putInt("tileColumns", tileColumns);
        node.putInt("tileRows", tileRows);
        StringBuilder parts = new StringBuilder();
        for (WorksheetPart p : WorksheetPart.values()) {
            if (worksheet.contains(p)) {
                parts.append(parts.length() == 0 ? "" : ",").append(p.code());
            }
        }
        node.put("worksheet", parts.toString());
        node.putBoolean("appendix", appendix);
        node.putBoolean("phasePage", phasePage);
        node.putBoolean("insights", insights);
        node.put("pngSizing", pngSizing.name());
        node.putInt("dpi", dpi);
        node.putInt("widthPx", widthPx);
        node.putBoolean("transparent", transparent);
    }

    /** The settings stored under {@code node}; anything missing or unreadable falls back to the default. */
    public static ExportSettings load(Preferences node) {
        ExportSettings d = defaults();
        Set<WorksheetPart> parts;
        try {
            String stored = node.get("worksheet", "");
            parts = stored.isBlank() ? Set.of() : WorksheetPart.parseList(stored);
        } catch (IllegalArgumentException e) {
            parts = Set.of();
        }
        return new ExportSettings(
                constant(Format.class, node.get("format", null), d.format),
                constant(Paper.class, node.get("paper", null), d.paper),
                constant(Orientation.class, node.get("orientation", null), d.orientation),
                constant(Sizing.class, node.get("sizing", null), d.sizing),
                node.getInt("scalePercent", d.scalePercent),
                node.getInt("tileColumns", d.tileColumns),
                node.getInt("tileRows", d.tileRows),
                parts,
                node.getBoolean("appendix", d.appendix),
                node.getBoolean("phasePage", d.phasePage),
                node.getBoolean("insights", d.insights),
                constant(PngSizing.class, node.get("pngSizing", null), d.pngSizing),
                node.getInt("dpi", d.dpi),
                node.getInt("widthPx", d.widthPx),
                node.getBoolean("transparent", d.transparent));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
