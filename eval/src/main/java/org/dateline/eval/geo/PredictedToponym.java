package org.dateline.eval.geo;

/** One predicted place mention: its span and the coordinates of the place it was resolved to (null if none). */
public record PredictedToponym(int begin, int end, Double lat, Double lon) {
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
