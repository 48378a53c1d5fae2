package org.journeyboard.model;

import java.util.List;

/** A column of the map: one step of the customer's journey, with its goal, strategies and KPIs. */
public record Phase(String id, String name, Colour colour, double width, String goal, List<String> strategies,
                    List<Kpi> kpis, Extras extras) {
    public static final double DEFAULT_WIDTH = 240;

    public Phase {
        name = Text.orEmpty(name);
        colour = colour == null ? new Colour(0x4F, 0x81, 0xBD) : colour;
        goal = Text.orEmpty(goal);
        strategies = Text.list(strategies);
        kpis = Text.list(kpis);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Phase(String id, String name, Colour colour) {
        this(id, name, colour, DEFAULT_WIDTH, "", List.of(), List.of(), Extras.NONE);
    }

    public Phase withName(String newName) {
        return new Phase(id, newName, colour, width, goal, strategies, kpis, extras);
    }

    public Phase withColour(Colour newColour) {
        return new Phase(id, name, newColour, width, goal, strategies, kpis, extras);
    }

    public Phase withWidth(double newWidth) {
        return new Phase(id, name, colour, newWidth, goal, strategies, kpis, extras);
    }

    public Phase withGoal(String newGoal) {
        return new Phase(id, name, colour, width, newGoal, strategies, kpis, extras);
    }

    public Phase withStrategies(List<String> newStrategies) {
        return new Phase(id, name, colour, width, goal, newStrategies, kpis, extras);
    }

    public Phase withKpis(List<Kpi> newKpis) {
        return new Phase(id, name, colour, width, goal, strategies, newKpis, extras);
    }
}
