package org.dateline.ingest.text;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Article;

/** The article found in a text, and what could not be resolved while finding it. */
public record StructuredText(Article article, List<String> warnings) {
    public StructuredText {
        Objects.requireNonNull(article, "article");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }
}
