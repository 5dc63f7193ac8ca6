package org.dateline.store;

import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.OrderedWorkers;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;

/**
 * Stores the documents of an input walk. A document already stored (same raw bytes) is skipped
 * before it is analyzed, which is what makes a re-run after a crash fast; each new document is
 * analyzed, then stored in one transaction. A document that cannot be read or analyzed is
 * reported and the rest go on; a store failure ({@link StoreException}) stops the walk.
 */
public final class Ingester implements DocumentSink, AutoCloseable {
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
    private final OrderedWorkers<Analysis> workers;
    private int stored;
    private int skipped;
    private int failed;

    public Ingester(Store store, AnalysisStep step, Listener listener) {
        this(store, step, listener, 1);
    }

    /**
     * Analyzes up to {@code threads} documents at once; they are still stored one at a time, in
     * input order, on the thread that walks the input. Call {@link #close} after the walk.
     */
    public Ingester(Store store, AnalysisStep step, Listener listener, int threads) {
        this.store = store;
        this.step = step;
        this.listener = listener;
        this.workers = new OrderedWorkers<>(threads);
    }

    @Override
    public void accept(SourceDocument document) {
        DocumentKey key = DocumentKey.ofBytes(document.bytes(), document.metadata().url());
        if (store.contains(key.sha256())) {
            // through the workers too, so that the listener hears of every document in input order
            workers.submit(() -> null, (nothing, problem) -> {
                skipped++;
                listener.done(document.path(), Outcome.SKIPPED, null);
            });
            return;
        }
        workers.submit(() -> analyze(document), (analysis, problem) -> {
            if (problem == null) {
                store(document, analysis, key);
            } else if (problem instanceof UnreadableDocument u) {
                failed(u.problem);
            } else {
                failed(new DocumentException(document.path(), "analysis failed: " + problem, problem));
            }
        });
    }

    private Analysis analyze(SourceDocument document) {
        try {
            return step.analyze(document);
        } catch (DocumentException e) {
            throw new UnreadableDocument(e);
        }
    }

    private void store(SourceDocument document, Analysis analysis, DocumentKey key) {
        if (store.put(analysis, key)) {
            stored++;
            listener.done(document.path(), Outcome.STORED, null);
        } else {
            // another process stored the same bytes meanwhile
            skipped++;
            listener.done(document.path(), Outcome.SKIPPED, null);
        }
    }

    /** Carries a document's own problem across the worker thread. */
    private static final class UnreadableDocument extends RuntimeException {
        private final DocumentException problem;

        UnreadableDocument(DocumentException problem) {
            super(problem.getMessage(), problem, false, false);
            this.problem = problem;
        }
    }

    /** Stores the documents still being analyzed, then stops the worker threads. */
    @Override
    public void close() {
        workers.close();
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
