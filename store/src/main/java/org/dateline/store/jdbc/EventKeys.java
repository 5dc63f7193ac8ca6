package org.dateline.store.jdbc;

import java.util.Locale;
import org.dateline.model.Place;

/**
 * What makes two reports the same event: the same source and target actor codes, CAMEO root, date
 * and place (its GeoNames id, else its name). Unknown parts count as empty, so they match each other.
 * Without either actor only the event type and the day tie reports together, so the whole CAMEO code
 * must agree: a truce (0871) and a prisoner exchange (0841) on one day are two events, not one.
 */
final class EventKeys {
    private EventKeys() {
    }

    static String key(String sourceCode, String targetCode, String cameo, String date, Place place) {
        String type = sourceCode == null && targetCode == null ? cameo : root(cameo);
        return String.join("|", nz(sourceCode), nz(targetCode), type, nz(date), nz(placeKey(place)));
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
