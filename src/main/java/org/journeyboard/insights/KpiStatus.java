package org.journeyboard.insights;

/** How a KPI's actual value stands against its target. */
public enum KpiStatus {
    MET("met"),
    MISSED("missed"),
    /** Target or actual is missing, is no number, or they count different things. */
    NOT_COMPARABLE("notComparable");

    private final String code;

    KpiStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
