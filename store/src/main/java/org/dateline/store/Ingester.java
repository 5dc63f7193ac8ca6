package org.dateline.store;

import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;

/**
 * Stores the documents of an input walk. A document already stored (same raw bytes) is skipped
 * before it is analyzed, which is what makes a re-run after a crash fast; each new document is
 * analyzed, then stored in one transaction. A document that cannot be read or analyzed is
 * reported and the rest go on; a store failure ({@link StoreException}) stops the walk.
 */
public final class Ingester implements DocumentSink {
    /** The analysis step, injectable so that tests need no language models. */
    @FunctionalInterface
    public interface AnalysisStep {
        Analysis analyze(SourceDocument document) throws DocumentException;
    }

    public enum Outcome { STORED, SKIPPED, FAILED }

    /** Told about every document as it is done; {@code problem} is null unless the outcome is FAILED. */
    @FunctionalInterface
    public interface Listener {
        void done(String path, Outcome outcome, String problem);
    }

    private final Store store;
    private final AnalysisStep step;
    private final Listener listener;
    private int stored;
    private int skipped;
    private int failed;

    public Ingester(Store store, AnalysisStep step, Listener listener) {
        this.store = store;
        this.step = step;
        this.listener = listener;
    }

    @Override
    public void accept(SourceDocument document) {
        DocumentKey key = DocumentKey.ofBytes(document.bytes(), document.metadata().url());
        if (store.contains(key.sha256())) {
            skipped++;
            listener.done(document.path(), Outcome.SKIPPED, null);
            return;
        }
        Analysis analysis;
        try {
            analysis = step.analyze(document);
        } catch (DocumentException e) {
            failed(e);
            return;
        } catch (RuntimeException e) {
            failed(new DocumentException(document.path(), "analysis failed: " + e, e));
            return;
        }
        if (store.put(analysis, key)) {
            stored++;
            listener.done(document.path(), Outcome.STORED, null);
        } else {
            // another process stored the same bytes meanwhile
            skipped++;
            listener.done(document.path(), Outcome.SKIPPED, null);
        }
    }

    @Override
    public void failed(DocumentException problem) {
        failed++;
        listener.done(problem.path(), Outcome.FAILED, problem.getMessage());
    }

    public int stored() {
        return stored;
    }

    public int skipped() {
        return skipped;
    }

    public int failed() {
        return failed;
    }
}
