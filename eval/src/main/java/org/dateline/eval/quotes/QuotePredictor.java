package org.dateline.eval.quotes;

import java.util.List;

/** A system under evaluation: the statements it finds in one raw text. Holds models; close it at the end. */
public interface QuotePredictor extends AutoCloseable {
    String name();

    /** {@code name} identifies the document in errors; offsets of the result point into {@code text}. */
    List<PredictedAttribution> predict(String name, String text);

    @Override
    void close();
}
