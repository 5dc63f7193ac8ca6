package org.dateline.ingest;

import java.util.Objects;

/**
 * Raw input as it arrived: where it came from, its bytes, and whatever the container said about it
 * (a JSON line's fields, a feed item's date, a WARC record's URI).
 */
public record SourceDocument(String path, byte[] bytes, DocumentMetadata metadata) {
    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    }
}
