package org.journeyboard.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A uniform grid over the map that finds the cards in a rectangle without looking at every card, so that culling
 * and hit tests stay fast on maps with tens of thousands of cards. Each card is filed under the bucket of its
 * top-left corner; queries widen their rectangle by the largest card so that nothing is missed.
 */
final class CardIndex {
    private static final double BUCKET = 256;

    private final List<CardBox> cards;
    private final int columns;
    private final int rows;
    private final int[][] buckets;
    private final double maxWidth;
    private final double maxHeight;

    CardIndex(List<CardBox> cards, double width, double height) {
        this.cards = cards;
        this.columns = Math.max(1, (int) Math.ceil(width / BUCKET));
        this.rows = Math.max(1, (int) Math.ceil(height / BUCKET));
        int[] counts = new int[columns * rows];
        double mw = 0;
        double mh = 0;
        for (CardBox c : cards) {
            counts[bucketOf(c.rect())]++;
            mw = Math.max(mw, c.rect().width());
            mh = Math.max(mh, c.rect().height());
        }
        maxWidth = mw;
        maxHeight = mh;
        buckets = new int[counts.length][];
        for (int b = 0; b < counts.length; b++) {
            buckets[b] = new int[counts[b]];
        }
        int[] fill = new int[counts.length];
        for (int i = 0; i < cards.size(); i++) {
            int b = bucketOf(cards.get(i).rect());
            buckets[b][fill[b]++] = i;
        }
    }

    private int bucketOf(Rect r) {
        return row(r.y()) * columns + column(r.x());
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor(x / BUCKET)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / BUCKET)));
    }

    /** Indices (in layout order) of the cards whose rectangle satisfies {@code test} among those near {@code area}. */
    int[] near(Rect area, java.util.function.Predicate<Rect> test) {
        int c0 = column(area.x() - maxWidth);
        int c1 = column(area.right());
        int r0 = row(area.y() - maxHeight);
        int r1 = row(area.bottom());
        int[] found = new int[16];
        int n = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int i : buckets[r * columns + c]) {
                    if (test.test(cards.get(i).rect())) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = i;
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(found, n);
        Arrays.sort(result);
        return result;
    }

    List<CardBox> in(Rect area) {
        List<CardBox> result = new ArrayList<>();
        for (int i : near(area, r -> r.intersects(area))) {
            result.add(cards.get(i));
        }
        return result;
    }

    CardBox at(double x, double y) {
        int[] hits = near(new Rect(x, y, 0, 0), r -> r.contains(x, y));
        return hits.length == 0 ? null : cards.get(hits[hits.length - 1]);
    }
}
