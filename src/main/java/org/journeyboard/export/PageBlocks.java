package org.journeyboard.export;

import java.util.ArrayList;
import java.util.List;
import org.journeyboard.layout.FontMetrics;
import org.journeyboard.layout.Rect;
import org.journeyboard.layout.TextWrap;
import org.journeyboard.model.Colour;
import org.journeyboard.paint.Canvas2D;
import org.journeyboard.paint.EmotionChart;
import org.journeyboard.paint.OpportunityMatrix;

/**
 * Page content made of blocks of known height (a heading, a line of text, a table row, a chart), poured top to
 * bottom into as many pages as they need: the insights and comparison pages. A heading stays with the block after
 * it; nothing is shrunk to fit, a block that does not fit goes to the next page.
 */
final class PageBlocks {
    private PageBlocks() {
    }

    /** A piece of page content, drawn at a width given by the page. */
    interface Block {
        double height(double width);

        void draw(Canvas2D g, double x, double y, double width);

        /** Space above the block unless it opens a page. */
        default double spaceBefore() {
            return 0;
        }

        /** True for a heading: it never ends a page. */
        default boolean keepsWithNext() {
            return false;
        }

        /**
         * Drawn again at the top of a page when the section it heads runs onto another page (a table's header
         * row); null when nothing repeats.
         */
        default Block repeated() {
            return null;
        }
    }

    /** A block set on a page. */
    record Placed(Block block, double x, double y, double width, double height) {
    }

    /** Pours {@code blocks} into pages of {@code body}; every page gets at least one block. */
    static List<List<Placed>> pour(List<Block> blocks, Rect body) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        double y = body.y();
        Block repeat = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double h = b.height(body.width());
            double before = page.isEmpty() ? 0 : b.spaceBefore();
            double needed = before + h;
            // a heading with what follows it (as far as a page can hold both)
            for (int k = i; k < blocks.size() - 1 && blocks.get(k).keepsWithNext(); k++) {
                Block next = blocks.get(k + 1);
                needed += next.spaceBefore() + next.height(body.width());
            }
            needed = Math.min(needed, body.height());
            if (!page.isEmpty() && y + needed > body.bottom() + 1e-6) {
                pages.add(page);
                page = new ArrayList<>();
                y = body.y();
                before = 0;
                if (repeat != null && b.repeated() == null && !b.keepsWithNext()) {
                    double rh = repeat.height(body.width());
                    page.add(new Placed(repeat, body.x(), y, body.width(), rh));
                    y += rh;
                }
            }
            if (b.repeated() != null) {
                repeat = b.repeated();
            } else if (b.keepsWithNext()) {
                repeat = null; // a new section
            }
            y += before;
            page.add(new Placed(b, body.x(), y, body.width(), h));
            y += h;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Draws the blocks of one page, each clipped to the page body (nothing ever prints outside it). */
    static void draw(Canvas2D g, List<Placed> page, Rect body) {
        g.save();
        g.clipRect(body.x(), body.y(), body.width(), body.height());
        for (Placed p : page) {
            p.block().draw(g, p.x(), p.y(), p.width());
        }
        g.restore();
    }

    /** A heading: bold, kept with what follows. */
    static Block heading(String text, double size, double spaceBefore, Colour colour) {
        return new Text(text, size, true, colour, 0, spaceBefore, true);
    }

    /** A note that introduces what follows and stays with it on one page. */
    static Block caption(String text, double size, Colour colour, double spaceBefore) {
        return new Text(text, size, false, colour, 0, spaceBefore, true);
    }

    /** Running text wrapped to the width (less {@code indent}). */
    static Block text(String text, double size, boolean bold, Colour colour, double indent, double spaceBefore) {
        return new Text(text, size, bold, colour, indent, spaceBefore, false);
    }

    private record Text(String text, double size, boolean bold, Colour colour, double indent, double spaceBefore,
                        boolean keepsWithNext) implements Block {
        private List<String> lines(double width) {
            return TextWrap.wrap(text, FontMetrics.of(bold), size, width - indent);
        }

        @Override
        public double height(double width) {
            return Math.max(1, lines(width).size()) * FontMetrics.of(bold).lineHeight(size);
        }

        @Override
        public void draw(Canvas2D g, double x, double y, double width) {
            FontMetrics font = FontMetrics.of(bold);
            g.setFill(colour);
            List<String> lines = lines(width);
            for (int i = 0; i < lines.size(); i++) {
                g.text(lines.get(i), x + indent, y + font.ascent(size) + i * font.lineHeight(size), size, bold);
            }
        }
    }

    /** An emotion chart across the width. */
    static Block chart(EmotionChart chart, double spaceBefore) {
        return new Block() {
            @Override
            public double height(double width) {
                return chart.height(width);
            }

            @Override
            public void draw(Canvas2D g, double x, double y, double width) {
                chart.draw(g, x, y, width);
            }

            @Override
            public double spaceBefore() {
                return spaceBefore;
            }
        };
    }

    /** An impact × effort matrix, a square at the left of the width. */
    static Block matrix(OpportunityMatrix matrix, double spaceBefore) {
        return new Block() {
            @Override
            public double height(double width) {
                return OpportunityMatrix.side(width);
            }

            @Override
            public void draw(Canvas2D g, double x, double y, double width) {
                matrix.draw(g, x, y, OpportunityMatrix.side(width));
            }

            @Override
            public double spaceBefore() {
                return spaceBefore;
            }
        };
    }
}
