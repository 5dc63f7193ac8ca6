package org.dateline.ingest.html;

import java.util.Objects;
import org.dateline.ingest.ReadDocument;

/** A page after reading, with the canonical URL it names for itself (or the container's URL, or null). */
public record HtmlPage(ReadDocument document, String url) {
    public HtmlPage {
        Objects.requireNonNull(document, "document");
    }
}
