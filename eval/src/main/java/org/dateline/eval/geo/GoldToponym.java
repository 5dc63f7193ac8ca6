package org.dateline.eval.geo;

/** A gold toponym: UTF-16 span into the article text, its text, and its coordinates (null when the set gives none). */
public record GoldToponym(int begin, int end, String text, Double lat, Double lon) {
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
