package org.dateline.store;

/** Where an event happened: name, ISO alpha-2 country, GeoNames id and feature code, coordinates. Any may be null. */
public record StoredPlace(String name, String country, Long geonameId, Double lat, Double lon, String featureCode) {
}
