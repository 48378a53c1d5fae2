package org.journeyboard.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.model.Persona;
import org.journeyboard.model.Picture;

/** Edits of personas: add, change their fields, delete. Text fields merge while the user types. */
public final class PersonaEdits {
    private PersonaEdits() {
    }

    /** Inserts {@code persona} at {@code index} (clamped, so {@link Integer#MAX_VALUE} appends). */
    public static Edit addPersona(Persona persona, int index) {
        Objects.requireNonNull(persona, "persona");
        return Edit.of("edit.persona.add", map -> {
            Existing.requireFreeId(map, "persona", persona.id());
            return map.withPersonas(Reorder.insert(map.personas(), persona, index));
        });
    }

    /** Changes a persona with {@code change}, which must keep its id. */
    public static Edit updatePersona(String id, UnaryOperator<Persona> change) {
        Objects.requireNonNull(change, "change");
        return Edit.of("edit.persona.update", map -> {
            Persona before = Existing.persona(map, id);
            Persona changed = Objects.requireNonNull(change.apply(before), "a persona change returned null");
            Persona after = changed.withName(Names.keepIfBlank(before.name(), changed.name()));
            if (!after.id().equals(id)) {
                throw new IllegalArgumentException("updating persona '" + id + "' must keep its id, got '" + after.id() + "'");
            }
            return map.mapPersona(id, p -> after);
        });
    }

    public static Edit setPersonaName(String id, String name) {
        return field(id, "name", p -> p.withName(Names.keepIfBlank(p.name(), name)));
    }

    public static Edit setPersonaRole(String id, String role) {
        return field(id, "role", p -> p.withRole(role));
    }

    public static Edit setPersonaGoals(String id, List<String> goals) {
        List<String> copy = List.copyOf(goals);
        return field(id, "goals", p -> p.withGoals(copy));
    }

    public static Edit setPersonaNeeds(String id, List<String> needs) {
        List<String> copy = List.copyOf(needs);
        return field(id, "needs", p -> p.withNeeds(copy));
    }

    public static Edit setPersonaFrustrations(String id, List<String> frustrations) {
        List<String> copy = List.copyOf(frustrations);
        return field(id, "frustrations", p -> p.withFrustrations(copy));
    }

    /** Sets or removes (null) the persona's picture; never merged, a picture is one deliberate choice. */
    public static Edit setPersonaPicture(String id, Picture picture) {
        return Edit.of(picture == null ? "edit.persona.picture.remove" : "edit.persona.picture",
                map -> change(map, id, p -> p.withPicture(picture)));
    }

    /** Deletes a persona; curves drawn for it stay and belong to no persona (undo restores the link). */
    public static Edit deletePersona(String id) {
        return Edit.of("edit.persona.delete", map -> {
            Existing.persona(map, id);
            return map.withPersonas(map.personas().stream().filter(p -> !p.id().equals(id)).toList())
                    .withCurves(map.curves().stream()
                            .map(c -> id.equals(c.personaId()) ? c.withPersonaId(null) : c).toList());
        });
    }

    private static Edit field(String id, String field, UnaryOperator<Persona> change) {
        return Edit.mergeable("edit.persona." + field, "persona:" + id + ":" + field, map -> change(map, id, change));
    }

    private static JourneyMap change(JourneyMap map, String id, UnaryOperator<Persona> change) {
        Existing.persona(map, id);
        return map.mapPersona(id, change);
    }
}
