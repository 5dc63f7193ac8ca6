package org.dateline.model;

import java.util.Objects;

/**
 * The dateline of a wire story: place, date and agency as written. {@code date} is ISO
 * ({@code 2023-11-24}) or, when the year could not be found, partial ({@code --11-24}).
 */
public record Dateline(Span span, String place, String date, String agency) {
    public Dateline {
        Objects.requireNonNull(span, "span");
    }
}
