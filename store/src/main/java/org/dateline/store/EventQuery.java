package org.dateline.store;

/**
 * Filters for events; a null filter matches everything. {@code actor} is a CAMEO code prefix or a
 * name substring of either side; {@code cameo} a CAMEO code prefix; {@code from}/{@code to} ISO dates,
 * inclusive; {@code place} a place name substring or a country code; {@code modality} as in the record.
 * {@code offset} skips that many matches (for paging), {@code limit} caps what is returned.
 */
public record EventQuery(String actor, String cameo, String plover, String from, String to, String place,
                         String modality, int limit, int offset) {
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE);

    public EventQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The first {@code limit} matches. */
    public EventQuery(String actor, String cameo, String plover, String from, String to, String place, String modality,
                      int limit) {
        this(actor, cameo, plover, from, to, place, modality, limit, 0);
    }
}
