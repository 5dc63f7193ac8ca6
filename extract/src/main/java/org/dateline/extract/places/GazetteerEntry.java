package org.dateline.extract.places;

import java.util.List;
import java.util.Objects;

/**
 * One named feature of the gazetteer, in GeoNames terms: id (null when the source gave none), name,
 * feature class and code ({@code P}/{@code PPLC}, {@code A}/{@code ADM1}, {@code A}/{@code PCLI}),
 * ISO alpha-2 country, first- and second-level division codes, a representative point and population.
 */
public record GazetteerEntry(Long geonameId, String name, String featureClass, String featureCode, String country,
                             String admin1, String admin2, double lat, double lon, long population,
                             List<String> alternateNames) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
        alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + "," + lon);
        }
    }

    /** Independent states and their dependent territories (GeoNames PCL*). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isContinent() {
        return "CONT".equals(featureCode);
    }

    public boolean isFirstLevelDivision() {
        return "ADM1".equals(featureCode);
    }

    public boolean isPopulatedPlace() {
        return "P".equals(featureClass);
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }
}
