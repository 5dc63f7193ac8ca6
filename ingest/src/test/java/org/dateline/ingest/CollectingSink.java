package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;

/** Records what an input walk produced, for assertions. */
final class CollectingSink implements DocumentSink {
    final List<SourceDocument> documents = new ArrayList<>();
    final List<DocumentException> failures = new ArrayList<>();

    @Override
    public void accept(SourceDocument document) {
        documents.add(document);
    }

    @Override
    public void failed(DocumentException problem) {
        failures.add(problem);
    }

    List<String> paths() {
        return documents.stream().map(SourceDocument::path).toList();
    }
}
