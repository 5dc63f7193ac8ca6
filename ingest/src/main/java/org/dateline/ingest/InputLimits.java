package org.dateline.ingest;

/**
 * How much an input may hold before it is refused, so that one hostile or broken file cannot exhaust
 * memory: the largest document after decompression ({@code --max-bytes}), how far one gzip stream is
 * inflated ({@code --max-decompressed-bytes}: a .gz file, a gzip member of a WARC, a gzip-encoded HTTP
 * body), and how many items one feed may yield ({@code --max-items}).
 */
public record InputLimits(long maxBytes, long maxDecompressedBytes, int maxItems) {
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_MAX_ITEMS = 10_000;
    public static final InputLimits DEFAULTS = new InputLimits(ReadOptions.DEFAULT_MAX_BYTES,
            DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_ITEMS);
    /** Java arrays stop short of 2 GiB: no single document can be larger than this. */
    static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16L;

    public InputLimits {
        if (maxBytes <= 0 || maxDecompressedBytes <= 0 || maxItems <= 0) {
            throw new IllegalArgumentException("limits must be positive: --max-bytes " + maxBytes
                    + ", --max-decompressed-bytes " + maxDecompressedBytes + ", --max-items " + maxItems);
        }
    }

    public static InputLimits ofMaxBytes(long maxBytes) {
        return new InputLimits(maxBytes, DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_ITEMS);
    }
}
