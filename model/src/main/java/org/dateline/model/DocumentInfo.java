package org.dateline.model;

import java.util.Objects;

/**
 * Where a record came from: its id (given, or the sha256 of its raw bytes), path, media type, size, and
 * the document's URL when one is known (a page's canonical URL, a feed item's link, a WARC record's
 * target URI, a JSON line's {@code url}), else null. {@code url} was added to contract v1 compatibly.
 */
public record DocumentInfo(String id, String path, String mediaType, long bytes, String url) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** A document without a known URL. */
    public DocumentInfo(String id, String path, String mediaType, long bytes) {
        this(id, path, mediaType, bytes, null);
    }
}
