package org.journeyboard.paint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.model.Colour;

/**
 * The impact × effort matrix: effort from low (left) to high (right), impact from low (bottom) to high (top), on the
 * scale 1..5, split where "high" begins (3) into the four quadrants, each labelled in its outer corner (quick wins top
 * left, big bets top right, fill-ins bottom left, money pits bottom right). Each opportunity is a numbered dot at its
 * values; several with the same values sit side by side around that place. Sizes are in canvas units (points).
 */
public final class OpportunityMatrix {
    private static final double TEXT_SIZE = EmotionChart.TEXT_SIZE;
    private static final double DOT = 7.5;
    private static final double AXIS = 16;
    private static final int MAX = 5;
    private static final MapColours COLOURS = MapColours.LIGHT;
    private static final Colour DOT_FILL = Colour.parse("#7A5C00");
    private static final List<Colour> TINTS = List.of(Colour.parse("#E3F2E6"), Colour.parse("#E6EEF8"),
            Colour.parse("#F4F4F4"), Colour.parse("#F8E6E4"));

    /** One opportunity: its number in the list beside the matrix, and its impact and effort (1..5). */
    public record Item(int number, int impact, int effort) {
    }

    /** The words: quadrant labels in the order quick win, big bet, fill-in, money pit, and the two axis names. */
    public record Words(List<String> quadrants, String impact, String effort) {
    }

    private final List<Item> items;
    private final Words words;
    /** The threshold from which impact and effort count as high. */
    private final int high;

    public OpportunityMatrix(List<Item> items, Words words, int high) {
        this.items = List.copyOf(items);
        this.words = words;
        this.high = high;
    }

    /** The matrix is square: its height equals the side, at most {@code width}. */
    public static double side(double width) {
        return Math.min(width, 250);
    }

    /** Draws the matrix in a square of {@code side} with its top left corner at (x, y). */
    public void draw(Canvas2D g, double x, double y, double side) {
        FontMetrics regular = FontMetrics.regular();
        FontMetrics bold = FontMetrics.bold();
        double line = regular.lineHeight(TEXT_SIZE);
        double px = x + AXIS;
        double pw = side - AXIS;
        double py = y + line + 2;
        double ph = side - (py - y) - 2 * line - 2;
        double split = (high - 1.0) / MAX; // share of the scale below "high"
        double sx = px + split * pw;
        double sy = py + ph - split * ph;
        Rect[] fields = {
            new Rect(px, py, sx - px, sy - py), new Rect(sx, py, px + pw - sx, sy - py),
            new Rect(px, sy, sx - px, py + ph - sy), new Rect(sx, sy, px + pw - sx, py + ph - sy)};
        for (int q = 0; q < 4; q++) {
            Rect f = fields[q];
            g.setFill(TINTS.get(q));
            g.fillRect(f.x(), f.y(), f.w(), f.h());
            String label = PageText.fit(words.quadrants().get(q), bold, TEXT_SIZE, f.w() - 8);
            g.setFill(COLOURS.ink());
            boolean right = q == 1 || q == 3;
            boolean bottom = q >= 2;
            double lx = right ? f.x() + f.w() - 4 - bold.width(label, TEXT_SIZE) : f.x() + 4;
            double ly = bottom ? f.y() + f.h() - 4 - bold.descent(TEXT_SIZE) : f.y() + 4 + bold.ascent(TEXT_SIZE);
            g.text(label, lx, ly, TEXT_SIZE, true);
        }
        g.setStroke(COLOURS.mutedInk());
        g.setLineWidth(0.8);
        g.setDashes();
        g.strokeRect(px, py, pw, ph);
        g.line(sx, py, sx, py + ph);
        g.line(px, sy, px + pw, sy);
        // the scale 1..5 on both axes, the axis names at the arrow ends
        g.setFill(COLOURS.mutedInk());
        for (int v = 1; v <= MAX; v++) {
            String n = String.valueOf(v);
            double cx = px + (v - 0.5) / MAX * pw;
            g.text(n, cx - regular.width(n, TEXT_SIZE) / 2, py + ph + 2 + regular.ascent(TEXT_SIZE), TEXT_SIZE, false);
            double cy = py + ph - (v - 0.5) / MAX * ph;
            g.text(n, px - 4 - regular.width(n, TEXT_SIZE), cy + regular.ascent(TEXT_SIZE) / 2 - 1, TEXT_SIZE, false);
        }
        String effort = PageText.fit(words.effort() + " →", regular, TEXT_SIZE, pw);
        g.text(effort, px + pw - regular.width(effort, TEXT_SIZE), py + ph + 2 + line + regular.ascent(TEXT_SIZE),
                TEXT_SIZE, false);
        g.text(PageText.fit("↑ " + words.impact(), regular, TEXT_SIZE, side), x, y + regular.ascent(TEXT_SIZE),
                TEXT_SIZE, false);
        dots(g, px, py, pw, ph);
    }

    private void dots(Canvas2D g, double px, double py, double pw, double ph) {
        FontMetrics bold = FontMetrics.bold();
        Map<Long, List<Item>> byPlace = new HashMap<>();
        for (Item item : items) {
            byPlace.computeIfAbsent((long) clamp(item.impact()) * 10 + clamp(item.effort()), k -> new ArrayList<>())
                    .add(item);
        }
        for (List<Item> same : byPlace.values()) {
            Item first = same.get(0);
            double cx = px + (clamp(first.effort()) - 0.5) / MAX * pw;
            double cy = py + ph - (clamp(first.impact()) - 0.5) / MAX * ph;
            int n = same.size();
            // side by side in rows of up to three, centred on the place
            int perRow = Math.min(3, n);
            int rows = (n + perRow - 1) / perRow;
            for (int i = 0; i < n; i++) {
                int row = i / perRow;
                int inRow = Math.min(perRow, n - row * perRow);
                double dx = ((i % perRow) - (inRow - 1) / 2.0) * (2 * DOT + 1);
                double dy = (row - (rows - 1) / 2.0) * (2 * DOT + 1);
                double ix = cx + dx;
                double iy = cy + dy;
                g.setFill(DOT_FILL);
                g.fillCircle(ix, iy, DOT);
                String number = String.valueOf(same.get(i).number());
                g.setFill(COLOURS.paper());
                g.text(number, ix - bold.width(number, TEXT_SIZE) / 2, iy + bold.ascent(TEXT_SIZE) / 2 - 0.5,
                        TEXT_SIZE, true);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(MAX, v));
    }

    private record Rect(double x, double y, double w, double h) {
    }
}
