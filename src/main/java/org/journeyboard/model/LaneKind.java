package org.journeyboard.model;

/** What a lane holds; decides its default title, the cards the palette offers for it and how it is drawn. */
public enum LaneKind {
    TOUCHPOINTS("touchpoints"),
    ACTIONS("actions"),
    THOUGHTS("thoughts"),
    EMOTIONS("emotions"),
    PAIN_POINTS("painPoints"),
    OPPORTUNITIES("opportunities"),
    KPIS("kpis"),
    BACKSTAGE("backstage"),
    NOTES("notes");

    private final String code;

    LaneKind(String code) {
        this.code = code;
    }

    /** The name used in files. */
    public String code() {
        return code;
    }

    public static LaneKind ofCode(String code) {
        for (LaneKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown lane kind '" + code + "'");
    }
}
