package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** A statement: its content (no quote marks, no cue), the cue, the speaker, and the outlets it came through. */
public record Quote(String id, QuoteKind kind, Span content, Span cue, Speaker speaker, List<String> reportedBy) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        reportedBy = List.copyOf(reportedBy == null ? List.of() : reportedBy);
    }
}
