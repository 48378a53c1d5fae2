package org.journeyboard.insights;

/**
 * The four fields of the impact × effort matrix. Impact and effort are 1..5; 3, the middle of the scale, and above
 * count as high.
 */
public enum Quadrant {
    /** High impact, low effort: do these first. */
    QUICK_WIN("quickWin"),
    /** High impact, high effort: plan them. */
    BIG_BET("bigBet"),
    /** Low impact, low effort: when there is time. */
    FILL_IN("fillIn"),
    /** Low impact, high effort: leave them. */
    MONEY_PIT("moneyPit");

    public static final int HIGH = 3;
    private final String code;

    Quadrant(String code) {
        this.code = code;
    }

    /** The name in files and the command line's JSON. */
    public String code() {
        return code;
    }

    public static Quadrant of(int impact, int effort) {
        boolean highImpact = impact >= HIGH;
        boolean highEffort = effort >= HIGH;
        if (highImpact) {
            return highEffort ? BIG_BET : QUICK_WIN;
        }
        return highEffort ? MONEY_PIT : FILL_IN;
    }
}
