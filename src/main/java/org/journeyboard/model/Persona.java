package org.journeyboard.model;

import java.util.List;

/** The customer group a map is drawn for; {@code picture} is null when there is none. */
public record Persona(String id, String name, String role, List<String> goals, List<String> needs,
                      List<String> frustrations, Picture picture, Extras extras) {
    public Persona {
        name = Text.orEmpty(name);
        role = Text.orEmpty(role);
        goals = Text.list(goals);
        needs = Text.list(needs);
        frustrations = Text.list(frustrations);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Persona(String id, String name, String role) {
        this(id, name, role, List.of(), List.of(), List.of(), null, Extras.NONE);
    }

    public Persona withName(String v) {
        return new Persona(id, v, role, goals, needs, frustrations, picture, extras);
    }

    public Persona withRole(String v) {
        return new Persona(id, name, v, goals, needs, frustrations, picture, extras);
    }

    public Persona withGoals(List<String> v) {
        return new Persona(id, name, role, v, needs, frustrations, picture, extras);
    }

    public Persona withNeeds(List<String> v) {
        return new Persona(id, name, role, goals, v, frustrations, picture, extras);
    }

    public Persona withFrustrations(List<String> v) {
        return new Persona(id, name, role, goals, needs, v, picture, extras);
    }

    public Persona withPicture(Picture v) {
        return new Persona(id, name, role, goals, needs, frustrations, v, extras);
    }
}
