package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;

/** Records what an input walk produced, for assertions. */
public final class CollectingSink implements DocumentSink {
    public final List<SourceDocument> documents = new ArrayList<>();
    public final List<DocumentException> failures = new ArrayList<>();

    @Override
    public void accept(SourceDocument document) {
        documents.add(document);
    }

    public final List<String> warnings = new ArrayList<>();

    @Override
    public void warning(String path, String message) {
        warnings.add(path + ": " + message);
    }

    @Override
    public void failed(DocumentException problem) {
        failures.add(problem);
    }

    public List<String> paths() {
        return documents.stream().map(SourceDocument::path).toList();
    }

    public List<String> messages() {
        return failures.stream().map(DocumentException::getMessage).toList();
    }

    /** Walks the given paths with the given limits, auto-detecting every type. */
    public static CollectingSink walk(InputLimits limits, java.nio.file.Path... paths) {
        CollectingSink sink = new CollectingSink();
        new InputWalker(limits, null, InputStreamOf.empty()).walk(
                java.util.Arrays.stream(paths).map(java.nio.file.Path::toString).toList(), sink);
        return sink;
    }
}
