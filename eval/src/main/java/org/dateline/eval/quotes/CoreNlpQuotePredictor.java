package org.dateline.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.corenlp.CoreNlpQuotes;

/** The baseline: CoreNLP's quote annotator (direct quotes only) with its speaker attribution. */
public final class CoreNlpQuotePredictor implements QuotePredictor {
    private final CoreNlpQuotes quotes = new CoreNlpQuotes();

    @Override
    public String name() {
        return "corenlp-quote";
    }

    @Override
    public List<PredictedAttribution> predict(String name, String text) {
        List<PredictedAttribution> out = new ArrayList<>();
        for (CoreNlpQuotes.FoundQuote q : quotes.quotes(text)) {
            if (q.end() <= q.begin()) {
                continue;
            }
            List<TextRange> speaker = q.hasSpeaker() && q.speakerEnd() > q.speakerBegin()
                    ? List.of(new TextRange(q.speakerBegin(), q.speakerEnd())) : List.of();
            out.add(new PredictedAttribution(List.of(new TextRange(q.begin(), q.end())), speaker));
        }
        return out;
    }

    @Override
    public void close() {
        // the pipeline holds only heap; it goes with this object
    }
}
