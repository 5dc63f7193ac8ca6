package org.dateline.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A CoreNLP annotator and the time spent in it, summed over all threads using it: wall time, and
 * the threads' CPU time, which other processes on a shared machine disturb much less.
 */
final class TimedAnnotator {
    private final String name;
    private final Annotator annotator;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final LongAdder nanos = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();

    TimedAnnotator(String name, Annotator annotator) {
        this.name = name;
        this.annotator = annotator;
    }

    void annotate(Annotation doc) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try {
            annotator.annotate(doc);
        } finally {
            nanos.add(System.nanoTime() - start);
            cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
        }
    }

    String name() {
        return name;
    }

    long millis() {
        return nanos.sum() / 1_000_000;
    }

    long cpuMillis() {
        return cpuNanos.sum() / 1_000_000;
    }
}
