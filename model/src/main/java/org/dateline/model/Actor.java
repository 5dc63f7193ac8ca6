package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** A CAMEO actor code ({@code IRNGOV}) split into its country (ISO alpha-3) and role codes. */
public record Actor(String code, String country, List<String> roles) {
    public Actor {
        Objects.requireNonNull(code, "code");
        roles = List.copyOf(roles == null ? List.of() : roles);
    }
}
