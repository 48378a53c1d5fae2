package org.journeyboard.model;

/** A key figure of a phase: its name, the target and the actual value, as the user wrote them (e.g. "3 %"). */
public record Kpi(String name, String target, String actual, Extras extras) {
    public Kpi {
        name = Text.orEmpty(name);
        target = Text.orEmpty(target);
        actual = Text.orEmpty(actual);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Kpi(String name, String target, String actual) {
        this(name, target, actual, Extras.NONE);
    }
}
