package org.dateline.extract.actors;

import java.util.List;

/**
 * A noun that tells an actor's role: {@code minister} (a person's title, GOV), {@code forces} (a body, MIL).
 * {@code roles} may be empty: a spokesman speaks for whoever he is the spokesman of.
 */
public record RoleNoun(String phrase, List<String> roles, Kind kind) {
    public enum Kind { PERSON, BODY }

    public RoleNoun {
        roles = List.copyOf(roles);
    }
}
