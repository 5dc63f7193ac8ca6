package org.dateline.extract.actors;

import java.util.List;
import java.util.Objects;

/** A country or territory: ISO codes, its names (canonical first), demonyms and capitals (seat of government first). */
public record Country(String alpha3, String alpha2, List<String> names, List<String> demonyms, List<String> capitals) {
    public Country {
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(alpha2, "alpha2");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("country " + alpha3 + " has no name");
        }
    }

    public String name() {
        return names.get(0);
    }
}
