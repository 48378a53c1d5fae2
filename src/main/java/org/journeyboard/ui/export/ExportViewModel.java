package org.journeyboard.ui.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.journeyboard.export.ExportJob;
import org.journeyboard.export.ExportJob.Format;
import org.journeyboard.export.Orientation;
import org.journeyboard.export.Paper;
import org.journeyboard.export.PdfExport;
import org.journeyboard.export.WorksheetPart;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.model.JourneyMap;

/**
 * The state of the Export and Print dialogs, without any window: one property per choice, the settings they add
 * up to, the texts that describe the result, the file name to suggest, and remembering it all for next time.
 * Properties may be read and set from tests without a running FX toolkit.
 */
public final class ExportViewModel {
    private final JourneyMap map;
    private final Path mapFile;
    private final Preferences store;
    private final ExportTexts texts;

    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(this, "orientation");
    private final ObjectProperty<ExportSettings.Sizing> sizing = new SimpleObjectProperty<>(this, "sizing");
    private final IntegerProperty scalePercent = new SimpleIntegerProperty(this, "scalePercent");
    private final IntegerProperty tileColumns = new SimpleIntegerProperty(this, "tileColumns");
    private final IntegerProperty tileRows = new SimpleIntegerProperty(this, "tileRows");
    private final Map<WorksheetPart, BooleanProperty> worksheet = new EnumMap<>(WorksheetPart.class);
    private final BooleanProperty appendix = new SimpleBooleanProperty(this, "appendix");
    private final BooleanProperty phasePage = new SimpleBooleanProperty(this, "phasePage");
    private final BooleanProperty insights = new SimpleBooleanProperty(this, "insights");
    private final ObjectProperty<ExportSettings.PngSizing> pngSizing = new SimpleObjectProperty<>(this, "pngSizing");
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi");
    private final IntegerProperty widthPx = new SimpleIntegerProperty(this, "widthPx");
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent");
    private final ReadOnlyObjectWrapper<ExportSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    /**
     * A view-model for exporting {@code map} (read from {@code mapFileOrNull}), starting from the settings
     * remembered in {@code store}.
     */
    public ExportViewModel(JourneyMap map, Path mapFileOrNull, Preferences store, ExportTexts texts) {
        this.map = map;
        this.mapFile = mapFileOrNull;
        this.store = store;
        this.texts = texts;
        for (WorksheetPart p : WorksheetPart.values()) {
            worksheet.put(p, new SimpleBooleanProperty(this, "worksheet." + p.code()));
        }
        apply(ExportSettings.load(store));
        for (Observable o : new Observable[] {format, paper, orientation, sizing, scalePercent, tileColumns, tileRows,
                appendix, phasePage, insights, pngSizing, dpi, widthPx, transparent}) {
            o.addListener(x -> settings.set(current()));
        }
        worksheet.values().forEach(p -> p.addListener(x -> settings.set(current())));
        settings.set(current());
    }

    /** Where the dialogs remember their settings between uses. */
    public static Preferences defaultStore() {
        return Preferences.userNodeForPackage(ExportViewModel.class);
    }

    /** Sets every property from {@code s}. */
    public void apply(ExportSettings s) {
        format.set(s.format());
        paper.set(s.paper());
        orientation.set(s.orientation());
        sizing.set(s.sizing());
        scalePercent.set(s.scalePercent());
        tileColumns.set(s.tileColumns());
        tileRows.set(s.tileRows());
        worksheet.forEach((part, property) -> property.set(s.worksheet().contains(part)));
        appendix.set(s.appendix());
        phasePage.set(s.phasePage());
        insights.set(s.insights());
        pngSizing.set(s.pngSizing());
        dpi.set(s.dpi());
        widthPx.set(s.widthPx());
        transparent.set(s.transparent());
    }

    private ExportSettings current() {
        Set<WorksheetPart> parts = EnumSet.noneOf(WorksheetPart.class);
        worksheet.forEach((part, property) -> {
            if (property.get()) {
                parts.add(part);
            }
        });
        return new ExportSettings(format.get(), paper.get(), orientation.get(), sizing.get(), scalePercent.get(),
                tileColumns.get(), tileRows.get(), parts, appendix.get(), phasePage.get(), insights.get(), pngSizing.get(),
                dpi.get(), widthPx.get(), transparent.get());
    }

    /** The settings all properties add up to; changes whenever one of them does. */
    public ReadOnlyObjectProperty<ExportSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ExportSettings settings() {
        return settings.get();
    }

    /** Keeps the current settings for the next time a dialog opens. */
    public void remember() {
        settings().save(store);
    }

    /** The folder the last export went to, or null. */
    public Path lastFolder() {
        String folder = store.get("lastFolder", null);
        return folder == null ? null : Path.of(folder);
    }

    public void rememberFolder(Path folder) {
        if (folder != null) {
            store.put("lastFolder", folder.toString());
        }
    }

    public JourneyMap map() {
        return map;
    }

    public PagePlan plan() {
        return PagePlan.of(map, settings());
    }

    /** The export of the current settings into {@code target}. */
    public ExportJob job(Path target) {
        return settings().job(target);
    }

    /** "workshop.pdf" for "workshop.journey.json"; from the map's title when it was never saved. */
    public String suggestedFileName() {
        String base;
        if (mapFile != null && mapFile.getFileName() != null) {
            base = mapFile.getFileName().toString();
            for (String suffix : new String[] {JourneyFiles.EXTENSION, ".json"}) {
                if (base.toLowerCase(Locale.ROOT).endsWith(suffix) && base.length() > suffix.length()) {
                    base = base.substring(0, base.length() - suffix.length());
                    break;
                }
            }
        } else {
            base = map.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").trim();
            base = base.length() > 60 ? base.substring(0, 60).trim() : base;
        }
        return (base.isEmpty() ? "journey-map" : base) + "." + format.get().extension();
    }

    /** The line under the preview: how many pages or sheets, or how large a picture, and a warning if text is tiny. */
    public String summary(PagePlan plan) {
        StringBuilder sb = new StringBuilder();
        switch (plan.format()) {
            case PNG -> sb.append(texts.get("summary.png", plan.pixelWidth(), plan.pixelHeight()));
            case SVG -> sb.append(texts.get("summary.svg", Math.round(plan.firstPage().size().width()),
                    Math.round(plan.firstPage().size().height())));
            case PDF -> {
                if (plan.isPoster()) {
                    sb.append(plan.pages() == plan.mapSheets()
                            ? texts.get("summary.poster", plan.columns(), plan.rows(), plan.mapSheets())
                            : texts.get("summary.posterMore", plan.columns(), plan.rows(), plan.mapSheets(),
                                    plan.pages()));
                } else {
                    sb.append(plan.pages() == 1 ? texts.get("summary.page") : texts.get("summary.pages", plan.pages()));
                }
                if (settings().isWorksheet()) {
                    sb.append(texts.get("summary.answerKey"));
                }
                if (plan.cardTextSize() < PdfExport.Summary.READABLE) {
                    sb.append('\n').append(tinyText(plan.cardTextSize()));
                }
            }
        }
        return sb.toString();
    }

    /** The small-text note with only what would help: a larger paper, a poster of enough sheets, a larger scale. */
    private String tinyText(double size) {
        org.journeyboard.export.PdfOptions pdf = settings().pdfOptions();
        org.journeyboard.export.TextSizeAdvice a = org.journeyboard.export.TextSizeAdvice.of(pdf.paper(),
                pdf.placement(), size);
        String advice;
        if (a.scale() > 0) {
            advice = texts.get("summary.tinyText.scale", Math.round(a.scale() * 100));
        } else if (a.paper() == null) {
            advice = texts.get("summary.tinyText.poster", a.posterSide(), oneDecimal(a.posterSize()));
        } else {
            advice = texts.get("summary.tinyText.paper", a.paper().displayName(), oneDecimal(a.paperSize()),
                    a.posterSide(), oneDecimal(a.posterSize()));
        }
        return texts.get("summary.tinyText", oneDecimal(size), advice);
    }

    private static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    public ObjectProperty<ExportSettings.Sizing> sizingProperty() {
        return sizing;
    }

    public IntegerProperty scalePercentProperty() {
        return scalePercent;
    }

    public IntegerProperty tileColumnsProperty() {
        return tileColumns;
    }

    public IntegerProperty tileRowsProperty() {
        return tileRows;
    }

    /** Whether {@code part} is left blank on a worksheet. */
    public BooleanProperty worksheetProperty(WorksheetPart part) {
        return worksheet.get(part);
    }

    public BooleanProperty appendixProperty() {
        return appendix;
    }

    public BooleanProperty phasePageProperty() {
        return phasePage;
    }

    /** The "Insights page" check box: ranked pain points, emotion chart, opportunity matrix, channels, KPIs. */
    public BooleanProperty insightsProperty() {
        return insights;
    }

    public ObjectProperty<ExportSettings.PngSizing> pngSizingProperty() {
        return pngSizing;
    }

    public IntegerProperty dpiProperty() {
        return dpi;
    }

    public IntegerProperty widthPxProperty() {
        return widthPx;
    }

    public BooleanProperty transparentProperty() {
        return transparent;
    }

    public ExportTexts texts() {
        return texts;
    }
}
