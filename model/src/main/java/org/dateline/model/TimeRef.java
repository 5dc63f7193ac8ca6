package org.dateline.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3-style value. {@code anchor} says what a relative expression
 * was resolved against: "dateline", "published", another time's id, or null.
 */
public record TimeRef(String id, Span span, TimeType type, String value, String anchor) {
    public TimeRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
