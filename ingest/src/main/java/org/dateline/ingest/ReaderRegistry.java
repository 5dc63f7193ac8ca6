package org.dateline.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The document readers found on the class path ({@code META-INF/services}), by media type. A document
 * whose type has no reader of its own is read as plain text.
 */
public final class ReaderRegistry {
    private final Map<String, DocumentReader> byType = new HashMap<>();

    public ReaderRegistry() {
        for (DocumentReader r : ServiceLoader.load(DocumentReader.class)) {
            for (String type : r.mediaTypes()) {
                byType.putIfAbsent(type, r);
            }
        }
    }

    /**
     * Reads one document. {@code forcedType} (from {@code --type}) wins over the declared type, which
     * wins over what the bytes look like only when the bytes give no clear signal.
     */
    public ReadDocument read(SourceDocument doc, String forcedType, ReadOptions options) throws DocumentException {
        if (doc.bytes().length > options.maxBytes()) {
            throw new DocumentException(doc.path(), "document is " + doc.bytes().length
                    + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)");
        }
        String type = forcedType != null ? forcedType : detect(doc);
        if (MediaTypes.GZIP.equals(type)) {
            throw new DocumentException(doc.path(), "gzip-compressed content: decompress it first");
        }
        DocumentReader reader = byType.get(type);
        if (reader == null) {
            reader = byType.get(MediaTypes.TEXT);
        }
        if (reader == null) {
            throw new DocumentException(doc.path(), "no reader for " + type + " on the class path");
        }
        return reader.read(new SourceDocument(doc.path(), doc.bytes(), doc.metadata().withMediaType(type)), options);
    }

    private static String detect(SourceDocument doc) {
        String sniffed = MediaTypes.detect(doc.bytes());
        String declared = doc.metadata().mediaType();
        return MediaTypes.TEXT.equals(sniffed) && declared != null ? declared : sniffed;
    }
}
