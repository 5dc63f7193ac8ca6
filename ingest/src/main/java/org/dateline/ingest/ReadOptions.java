package org.dateline.ingest;

import java.time.LocalDate;

/**
 * Settings for reading: the publication date given on the command line ({@code --date}, used when the
 * document has none) and the largest document accepted, in bytes.
 */
public record ReadOptions(LocalDate fallbackDate, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final ReadOptions DEFAULTS = new ReadOptions(null, DEFAULT_MAX_BYTES);

    public ReadOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }
}
