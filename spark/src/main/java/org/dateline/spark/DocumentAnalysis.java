package org.dateline.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentIds;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Analysis;
import org.dateline.model.AnalysisJson;

/**
 * The executor side: reads each document of a partition with the readers of {@code dateline analyze}
 * and analyzes it with the executor's one pipeline. A document that fails becomes a failed outcome
 * with its id and the reason; the partition goes on.
 */
final class DocumentAnalysis implements FlatMapFunction<Iterator<InputDocument>, Outcome> {
    private static final long serialVersionUID = 1L;
    private final AnnotatorFactory factory;
    // ReadOptions is not serializable: its fields travel instead
    private final LocalDate fallbackDate;
    private final long maxBytes;

    DocumentAnalysis(AnnotatorFactory factory, ReadOptions options) {
        this.factory = factory;
        this.fallbackDate = options.fallbackDate();
        this.maxBytes = options.maxBytes();
    }

    @Override
    public Iterator<Outcome> call(Iterator<InputDocument> docs) {
        ReaderRegistry readers = new ReaderRegistry();
        List<Outcome> out = new ArrayList<>();
        while (docs.hasNext()) {
            out.add(analyze(readers, docs.next().source()));
        }
        return out.iterator();
    }

    private Outcome analyze(ReaderRegistry readers, SourceDocument source) {
        String id = DocumentIds.idFor(source);
        try {
            ReadDocument doc = readers.read(source, null, new ReadOptions(fallbackDate, maxBytes));
            Analysis a = ExecutorAnalyzer.get(factory).analyze(doc);
            return new Outcome(a.document().id(), source.path(), AnalysisJson.toJson(a, false), EventRow.of(a),
                    QuoteRow.of(a), null);
        } catch (DocumentException e) {
            return Outcome.failed(id, source.path(), e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.failed(id, source.path(), "analysis failed: " + e);
        }
    }
}
