package org.dateline.store;

/**
 * Filters for quotes: a speaker name substring, and words that must all occur in the content. Null
 * matches all. {@code offset} skips that many matches (for paging), {@code limit} caps what is returned.
 */
public record QuoteQuery(String speaker, String text, int limit, int offset) {
    public static final QuoteQuery ALL = new QuoteQuery(null, null, Integer.MAX_VALUE);

    public QuoteQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The first {@code limit} matches. */
    public QuoteQuery(String speaker, String text, int limit) {
        this(speaker, text, limit, 0);
    }
}
