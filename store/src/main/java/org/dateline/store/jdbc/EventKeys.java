package org.dateline.store.jdbc;

import java.util.Locale;
import org.dateline.model.Place;

/**
 * What makes two reports the same event: the same source and target actor codes, CAMEO root, date
 * and place (its GeoNames id, else its name). Unknown parts count as empty, so they match each other.
 */
final class EventKeys {
    private EventKeys() {
    }

    static String key(String sourceCode, String targetCode, String cameo, String date, Place place) {
        return String.join("|", nz(sourceCode), nz(targetCode), root(cameo), nz(date), nz(placeKey(place)));
    }

    /** The two-digit CAMEO cue category ({@code 0431} gives {@code 04}). */
    static String root(String cameo) {
        return cameo.substring(0, 2);
    }

    static String placeKey(Place place) {
        if (place == null) {
            return null;
        }
        return place.geonameId() != null ? "g" + place.geonameId() : "n:" + place.name().strip().toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
