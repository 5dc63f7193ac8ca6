package org.dateline.ingest;

/**
 * What a container knows about a document. Any field may be null. {@code published} is an ISO date
 * or date-time; {@code mediaType} is the declared type ("text/html"), trusted less than the content.
 */
public record DocumentMetadata(String id, String url, String title, String outlet, String published, String mediaType) {
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null, null);

    public DocumentMetadata withMediaType(String type) {
        return new DocumentMetadata(id, url, title, outlet, published, type);
    }
}
