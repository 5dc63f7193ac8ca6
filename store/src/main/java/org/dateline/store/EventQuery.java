package org.dateline.store;

/**
 * Filters for events; a null filter matches everything. {@code actor} is a CAMEO code prefix or a
 * name substring of either side; {@code cameo} a CAMEO code prefix; {@code from}/{@code to} ISO dates,
 * inclusive; {@code place} a place name substring or a country code; {@code modality} as in the record.
 */
public record EventQuery(String actor, String cameo, String plover, String from, String to, String place,
                         String modality, int limit) {
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE);

    public EventQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
