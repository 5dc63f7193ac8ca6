package org.dateline.ingest;

import java.io.InputStream;

/**
 * Splits an input that holds many documents (a feed, a web archive) into source documents, each with
 * what the container says about it. Problems with one item go to {@link DocumentSink#failed} naming the
 * input and the item; the other items go on.
 */
public interface ContainerReader {
    /** {@link MediaTypes#FEED} or {@link MediaTypes#WARC}. */
    String mediaType();

    void read(String name, InputStream in, InputLimits limits, DocumentSink sink);
}
