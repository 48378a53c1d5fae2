package org.journeyboard.export;

import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.model.Colour;
import org.journeyboard.paint.Canvas2D;

/**
 * The marks around a poster tile, in the margin: crop marks at the picture's corners, a scissors line where the
 * sheet is cut to lie on its left or upper neighbour, the glue strip its right or lower neighbour covers, and the
 * sheet's label ("B2 · 3×2") so that anyone can put the poster together.
 */
final class PosterMarks {
    private static final Colour MARK = Colour.parse("#52606D");
    private static final Colour GLUE = Colour.parse("#9AA5B1");
    private static final Colour STAMP = Colour.parse("#C0392B");
    private static final double SIZE = 7;
    /** Room kept between a crop mark (in line with the picture's edge) and text beside it, so none crosses a letter. */
    private static final double CLEAR = 4;

    private PosterMarks() {
    }

    /** Draws the marks of {@code sheet}; {@code stamp} ("LÖSUNG", "Arbeitsblatt" or empty) follows the title. */
    static void draw(Canvas2D g, Sheet sheet, double overlap, ExportTexts texts, String title, String stamp) {
        Rect a = sheet.clip();
        g.save();
        g.setDashes();
        g.setStroke(MARK);
        g.setLineWidth(0.5);
        FontMetrics regular = FontMetrics.regular();
        FontMetrics bold = FontMetrics.bold();
        // the label sits in the top margin, left; the map title after it for orientation
        double labelY = a.y() - 8;
        // on a tile the crop mark above the left edge runs through the label's line: the text starts clear of it
        double after = sheet.isTile() ? a.x() + CLEAR : a.x();
        if (sheet.isTile()) {
            cropMarks(g, a);
            g.setFill(MARK);
            g.text(sheet.label(), after, labelY, 9, true);
            after += bold.width(sheet.label(), 9) + 10;
        }
        g.setFill(GLUE);
        String shortTitle = PageFrame.oneLine(title, regular, SIZE, Math.max(0, a.width() / 2));
        g.text(shortTitle, after, labelY, SIZE, false);
        if (!stamp.isEmpty()) {
            g.setFill(STAMP);
            g.text(stamp, after + regular.width(shortTitle, SIZE) + 10, labelY, 9, true);
        }
        if (!sheet.isTile()) {
            g.restore();
            return;
        }
        if (sheet.column() > 0) {
            cutLine(g, a.x() - 0.001, a.y(), a.x(), a.bottom());
            g.setFill(MARK);
            g.text("✂ " + texts.get("poster.cut"), a.x() + CLEAR, a.bottom() + 12 + regular.ascent(SIZE), SIZE,
                    false);
        }
        if (sheet.row() > 0) {
            cutLine(g, a.x(), a.y(), a.right(), a.y() - 0.001);
            g.setFill(MARK);
            String cut = "✂ " + texts.get("poster.cut");
            // left of the glue tick on the right, so the two never cross
            double end = sheet.column() < sheet.columns() - 1 ? a.right() - overlap - 4 : a.right() - CLEAR;
            g.text(cut, end - regular.width(cut, SIZE), a.y() - 8, SIZE, false);
        }
        g.setStroke(GLUE);
        g.setFill(GLUE);
        String glue = texts.get("poster.glue");
        if (sheet.column() < sheet.columns() - 1) {
            double x = a.right() - overlap;
            g.setDashes(2, 2);
            g.line(x, a.y() - 12, x, a.y() - 2);
            g.line(x, a.bottom() + 2, x, a.bottom() + 12);
            g.setDashes();
            // written to the left of the tick, towards the sheet's middle, clear of the page number at the right
            String note = PageFrame.oneLine(glue + " →", regular, SIZE - 1, 200);
            g.text(note, x - 4 - regular.width(note, SIZE - 1), a.bottom() + 12 + regular.ascent(SIZE - 1),
                    SIZE - 1, false);
        }
        if (sheet.row() < sheet.rows() - 1) {
            double y = a.bottom() - overlap;
            g.setDashes(2, 2);
            g.line(a.x() - 12, y, a.x() - 2, y);
            g.line(a.right() + 2, y, a.right() + 12, y);
            g.setDashes();
        }
        g.restore();
    }

    /** Short lines outside each corner, in line with the picture's edges. */
    private static void cropMarks(Canvas2D g, Rect a) {
        double gap = 3;
        double len = 10;
        double[][] corners = {{a.x(), a.y(), -1, -1}, {a.right(), a.y(), 1, -1}, {a.x(), a.bottom(), -1, 1},
            {a.right(), a.bottom(), 1, 1}};
        for (double[] c : corners) {
            g.line(c[0] + c[2] * gap, c[1], c[0] + c[2] * (gap + len), c[1]);
            g.line(c[0], c[1] + c[3] * gap, c[0], c[1] + c[3] * (gap + len));
        }
    }

    /** A dash-dotted line along an edge that is cut away. */
    private static void cutLine(Canvas2D g, double x1, double y1, double x2, double y2) {
        g.setDashes(6, 2, 1, 2);
        g.line(x1, y1, x2, y2);
        g.setDashes();
    }
}
