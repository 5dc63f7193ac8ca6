package org.dateline.ingest;

import java.io.InputStream;
import java.util.ServiceLoader;

/**
 * The readers of inputs that hold many documents (feeds, web archives), found on the class path like the
 * document readers. Without one, such an input is a per-document failure that says what is missing.
 */
final class ContainerReaders {
    private final InputLimits limits;
    private final ContainerReader feed;
    private final ContainerReader warc;

    private ContainerReaders(InputLimits limits, ContainerReader feed, ContainerReader warc) {
        this.limits = limits;
        this.feed = feed;
        this.warc = warc;
    }

    static ContainerReaders load(InputLimits limits) {
        ContainerReader feed = null;
        ContainerReader warc = null;
        for (ContainerReader r : ServiceLoader.load(ContainerReader.class)) {
            if (MediaTypes.FEED.equals(r.mediaType()) && feed == null) {
                feed = r;
            } else if (MediaTypes.WARC.equals(r.mediaType()) && warc == null) {
                warc = r;
            }
        }
        return new ContainerReaders(limits, feed, warc);
    }

    void feed(String name, byte[] bytes, DocumentSink sink) {
        if (feed == null) {
            sink.failed(new DocumentException(name, "a news feed, but no feed reader is on the class path"));
            return;
        }
        feed.read(name, new java.io.ByteArrayInputStream(bytes), limits, sink);
    }

    void warc(String name, InputStream in, DocumentSink sink) {
        if (warc == null) {
            sink.failed(new DocumentException(name, "a WARC file, but no WARC reader is on the class path"));
            return;
        }
        warc.read(name, in, limits, sink);
    }
}
