package org.dateline.ingest;

/**
 * Turns the bytes of one document of a given format into an article. One implementation per format
 * (text, html, pdf, ...), found by media type; the plain-text reader is the fallback.
 */
public interface DocumentReader {
    /** The media types this reader handles, e.g. {@code text/plain}. */
    java.util.Set<String> mediaTypes();

    ReadDocument read(SourceDocument source, ReadOptions options) throws DocumentException;
}
