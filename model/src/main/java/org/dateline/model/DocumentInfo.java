package org.dateline.model;

import java.util.Objects;

/** Where a record came from: its id (given, or the sha256 of its raw bytes), path, media type and size. */
public record DocumentInfo(String id, String path, String mediaType, long bytes) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
