package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.export.PageBlocks.Block;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.MapColours;

/**
 * A table on the insights and comparison pages: a header row, repeated on every page the table runs onto, and rows
 * whose cells wrap within their column (long words break, nothing is cut or shrunk). Each row is a block of its own,
 * so a long table breaks between rows.
 */
final class PrintedTable {
    static final double TEXT_SIZE = 8.5;
    private static final double PAD = 3;
    private static final double COLUMN_GAP = 6;
    private static final MapColours COLOURS = MapColours.LIGHT;

    /** A column: its title and its share of the width. */
    record Column(String title, double weight) {
    }

    /** A cell: its text, bold or not, and its colour (null: ink). */
    record Cell(String text, boolean bold, Colour colour) {
        static Cell of(String text) {
            return new Cell(text, false, null);
        }
    }

    private final List<Column> columns;
    private List<List<Cell>> rows = List.of();

    PrintedTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The blocks of the table: the header row, then one block per row. */
    List<Block> blocks(List<List<Cell>> rows) {
        this.rows = List.copyOf(rows);
        List<Block> blocks = new ArrayList<>();
        List<Cell> titles = columns.stream().map(c -> new Cell(c.title(), true, COLOURS.mutedInk())).toList();
        Row header = new Row(titles, true, null);
        blocks.add(new Row(titles, true, header));
        for (List<Cell> cells : this.rows) {
            blocks.add(new Row(cells, false, null));
        }
        return blocks;
    }

    /**
     * The column widths at {@code width}: by weight, but no column narrower than the longest word of its title or
     * (up to a third of the table) of its cells, so that words break only when they cannot fit at all.
     */
    private double[] widths(double width) {
        int n = columns.size();
        double room = width - COLUMN_GAP * (n - 1);
        double[] titles = new double[n];
        double[] words = new double[n];
        for (int i = 0; i < n; i++) {
            titles[i] = longestWord(columns.get(i).title(), true);
            words[i] = titles[i];
            for (List<Cell> row : rows) {
                if (i < row.size()) {
                    double word = longestWord(row.get(i).text(), row.get(i).bold());
                    words[i] = Math.max(words[i], Math.min(room / 3, word));
                }
            }
        }
        // whole words of titles and cells if they fit, else whole words of the titles, else the weights alone
        double[] w = atLeast(words, room);
        if (w == null) {
            w = atLeast(titles, room);
        }
        return w != null ? w : atLeast(new double[n], room);
    }

    /** Widths by weight with no column under {@code least}; null when the least widths do not fit. */
    private double[] atLeast(double[] least, double room) {
        int n = least.length;
        double[] w = new double[n];
        boolean[] fixed = new boolean[n];
        // columns held at their least width leave the rest to the others, by weight
        for (int round = 0; round <= n; round++) {
            double free = room;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= least[i];
                } else {
                    weights += columns.get(i).weight();
                }
            }
            if (free < -1e-6) {
                return null;
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                w[i] = fixed[i] ? least[i] : weights == 0 ? 0 : free * columns.get(i).weight() / weights;
                if (!fixed[i] && w[i] < least[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return w;
            }
        }
        return null;
    }

    private static double longestWord(String text, boolean bold) {
        double most = 0;
        FontMetrics font = FontMetrics.of(bold);
        for (String word : (text == null ? "" : text).split("\\s+")) {
            most = Math.max(most, font.width(word, TEXT_SIZE) + 1);
        }
        return most;
    }

    private final class Row implements Block {
        private final List<Cell> cells;
        private final boolean header;
        private final Block repeated;

        Row(List<Cell> cells, boolean header, Block repeated) {
            this.cells = cells;
            this.header = header;
            this.repeated = repeated;
        }

        private List<String> lines(Cell cell, double width) {
            List<String> lines = TextWrap.wrap(cell.text(), FontMetrics.of(cell.bold()), TEXT_SIZE, width);
            return lines.isEmpty() ? List.of("") : lines;
        }

        @Override
        public double height(double width) {
            double[] w = widths(width);
            int most = 1;
            for (int i = 0; i < cells.size() && i < w.length; i++) {
                most = Math.max(most, lines(cells.get(i), w[i]).size());
            }
            return most * FontMetrics.bold().lineHeight(TEXT_SIZE) + 2 * PAD;
        }

        @Override
        public void draw(Canvas2D g, double x, double y, double width) {
            double[] w = widths(width);
            double cx = x;
            double line = FontMetrics.bold().lineHeight(TEXT_SIZE);
            for (int i = 0; i < cells.size() && i < w.length; i++) {
                Cell cell = cells.get(i);
                g.setFill(cell.colour() == null ? COLOURS.ink() : cell.colour());
                List<String> lines = lines(cell, w[i]);
                for (int k = 0; k < lines.size(); k++) {
                    g.text(lines.get(k), cx, y + PAD + FontMetrics.of(cell.bold()).ascent(TEXT_SIZE) + k * line,
                            TEXT_SIZE, cell.bold());
                }
                cx += w[i] + COLUMN_GAP;
            }
            double bottom = y + height(width);
            g.setStroke(header ? COLOURS.mutedInk() : COLOURS.gridLine());
            g.setLineWidth(header ? 0.8 : 0.5);
            g.setDashes();
            g.line(x, bottom, x + width, bottom);
        }

        @Override
        public boolean keepsWithNext() {
            return header;
        }

        @Override
        public Block repeated() {
            return repeated;
        }

        @Override
        public double spaceBefore() {
            return header ? 2 : 0;
        }
    }
}
