package org.journeyboard.export;

/**
 * What would make card text readable when a PDF prints it too small: the smallest paper larger than the chosen one
 * that reaches {@link #TARGET} points (else the largest there is), and a poster of that paper with enough sheets to
 * reach it. Never advises the paper that was chosen. Text grows with the sheet's side, a poster with its sheet count
 * per side less the glued strips and margins ({@link #POSTER_YIELD}).
 *
 * @param paper        the larger paper, or null when the chosen one is already the largest
 * @param paperSize    the card text size on {@code paper}, in points
 * @param posterSide   the poster's sheets per side (the poster is posterSide × posterSide sheets of the chosen paper)
 * @param posterSize   the card text size on that poster, in points
 * @param scale        for a map printed at a fixed scale, the scale that reaches the target (the paper does not
 *                     change the text then); 0 otherwise
 */
public record TextSizeAdvice(Paper paper, double paperSize, int posterSide, double posterSize, double scale) {
    /** The card text size the advice aims for, in points. */
    public static final double TARGET = 8;
    /** How much of each extra sheet a poster gains: the rest goes to overlaps and margins. */
    static final double POSTER_YIELD = 0.9;

    /**
     * The advice for card text of {@code size} points on {@code chosen} paper with {@code placement} (a poster of
     * C×R sheets already counts as max(C, R) per side).
     */
    public static TextSizeAdvice of(Paper chosen, Placement placement, double size) {
        double now = Math.max(size, 0.01);
        Paper best = null;
        double bestSize = 0;
        for (Paper p : Paper.values()) {
            double grown = now * side(p) / side(chosen);
            if (side(p) <= side(chosen) + 1e-6) {
                continue;
            }
            boolean reaches = grown >= TARGET;
            boolean bestReaches = bestSize >= TARGET;
            // the smallest that reaches the target; until one does, the largest so far
            if (best == null || (reaches && (!bestReaches || side(p) < side(best))) || (!bestReaches && !reaches
                    && side(p) > side(best))) {
                best = p;
                bestSize = grown;
            }
        }
        int sides = placement instanceof Placement.Tiles t ? Math.max(t.columns(), t.rows()) : 1;
        double perSheet = now / sides;
        int side = Math.max(sides + 1, (int) Math.ceil(TARGET / (perSheet * POSTER_YIELD)));
        side = Math.min(side, 20);
        double scale = placement instanceof Placement.Scale s
                ? Math.min(20, Math.ceil(s.scale() * TARGET / now * 100) / 100) : 0;
        return new TextSizeAdvice(best, bestSize, side, perSheet * side * POSTER_YIELD, scale);
    }

    private static double side(Paper p) {
        return Math.sqrt(p.width() * p.height());
    }
}
