package org.dateline.ingest;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;

/** A document after reading: where it came from, the normalized article, and what the reader could not resolve. */
public record ReadDocument(DocumentInfo info, Article article, List<String> warnings) {
    public ReadDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(article, "article");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }
}
