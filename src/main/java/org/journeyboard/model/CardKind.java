package org.journeyboard.model;

/** What a card stands for; a touchpoint carries a {@link Touchpoint}, a pain point a severity, an opportunity impact and effort. */
public enum CardKind {
    TOUCHPOINT("touchpoint"),
    ACTION("action"),
    THOUGHT("thought"),
    PAIN_POINT("painPoint"),
    OPPORTUNITY("opportunity"),
    KPI("kpi"),
    BACKSTAGE("backstage"),
    NOTE("note");

    private final String code;

    CardKind(String code) {
        this.code = code;
    }

    /** The name used in files. */
    public String code() {
        return code;
    }

    public static CardKind ofCode(String code) {
        for (CardKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown card kind '" + code + "'");
    }
}
