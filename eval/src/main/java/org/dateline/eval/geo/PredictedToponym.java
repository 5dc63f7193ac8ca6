package org.dateline.eval.geo;

/**
 * One predicted place mention: its span, the coordinates of the place it was resolved to (null if none)
 * and what that place is ("Paris FR PPLC"; only for error listings, empty when unknown).
 */
public record PredictedToponym(int begin, int end, Double lat, Double lon, String resolvedTo) {
    public PredictedToponym(int begin, int end, Double lat, Double lon) {
        this(begin, end, lat, lon, "");
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
