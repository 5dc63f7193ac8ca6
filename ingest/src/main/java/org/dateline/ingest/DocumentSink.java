package org.dateline.ingest;

/** Receives the documents of an input walk in order, and the ones that could not be read. */
public interface DocumentSink {
    void accept(SourceDocument document);

    void failed(DocumentException problem);

    /** Something was repaired or guessed while splitting a container (say, a feed's wrong charset); no document lost. */
    default void warning(String path, String message) {
    }
}
