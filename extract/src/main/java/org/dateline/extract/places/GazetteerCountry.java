package org.dateline.extract.places;

import java.util.List;
import java.util.Objects;

/**
 * A country as the gazetteer knows it: ISO 3166-1 alpha-2 and alpha-3 codes, common name, a
 * representative point, its capital, other names, the adjectives/nouns for its people and the
 * alpha-3 codes of the countries it borders.
 */
public record GazetteerCountry(String alpha2, String alpha3, String name, double lat, double lon, Long geonameId,
                               String capital, List<String> alternateNames, List<String> demonyms,
                               List<String> borders) {
    public GazetteerCountry {
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(name, "name");
        alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        borders = List.copyOf(borders == null ? List.of() : borders);
    }

    /** The country as a gazetteer entry (feature code PCLI) so that it competes with other features. */
    public GazetteerEntry asEntry() {
        return new GazetteerEntry(geonameId, name, "A", "PCLI", alpha2, "", "", lat, lon, 0, alternateNames);
    }
}
