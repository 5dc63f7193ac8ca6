package org.dateline.store;

/** Filters for quotes: a speaker name substring, and words that must all occur in the content. Null matches all. */
public record QuoteQuery(String speaker, String text, int limit) {
    public static final QuoteQuery ALL = new QuoteQuery(null, null, Integer.MAX_VALUE);

    public QuoteQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
