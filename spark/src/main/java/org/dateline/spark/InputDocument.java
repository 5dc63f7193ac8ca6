package org.dateline.spark;

import java.io.Serializable;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.SourceDocument;

/**
 * A {@link SourceDocument} in a form Spark can ship to an executor: the raw bytes and what the
 * container said about them. Reading (HTML, PDF, charset, date) happens on the executor, with the
 * same readers as {@code dateline analyze}.
 */
public record InputDocument(String path, byte[] bytes, String id, String url, String title, String outlet,
                            String published, String mediaType) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static InputDocument of(SourceDocument source) {
        DocumentMetadata m = source.metadata();
        return new InputDocument(source.path(), source.bytes(), m.id(), m.url(), m.title(), m.outlet(), m.published(),
                m.mediaType());
    }

    public SourceDocument source() {
        return new SourceDocument(path, bytes, new DocumentMetadata(id, url, title, outlet, published, mediaType));
    }
}
