package org.dateline.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.concurrent.atomic.LongAdder;

/** A CoreNLP annotator and the time spent in it, summed over all threads using it. */
final class TimedAnnotator {
    private final String name;
    private final Annotator annotator;
    private final LongAdder nanos = new LongAdder();

    TimedAnnotator(String name, Annotator annotator) {
        this.name = name;
        this.annotator = annotator;
    }

    void annotate(Annotation doc) {
        long start = System.nanoTime();
        try {
            annotator.annotate(doc);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    String name() {
        return name;
    }

    long millis() {
        return nanos.sum() / 1_000_000;
    }
}
