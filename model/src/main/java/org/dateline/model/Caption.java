package org.dateline.model;

import java.util.Objects;

/** A photo caption and its credit ({@code (Photo by Fars)} gives "Fars"), or a null credit. */
public record Caption(Span span, String credit) {
    public Caption {
        Objects.requireNonNull(span, "span");
    }
}
