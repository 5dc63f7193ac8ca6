package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** A geocoded place: GeoNames id, coordinates, ISO alpha-2 country, GeoNames feature code. */
public record Place(String id, String name, String country, Long geonameId, Double lat, Double lon,
                    String featureCode, List<Span> mentions) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        if (lat != null && (lat < -90 || lat > 90) || lon != null && (lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}
