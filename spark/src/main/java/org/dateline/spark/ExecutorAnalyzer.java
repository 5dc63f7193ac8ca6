package org.dateline.spark;

import org.dateline.extract.Analyzer;

/**
 * One {@link Analyzer} per executor JVM. CoreNLP takes 10-30 s and several GB to load, so it is
 * loaded at the first document an executor sees and shared by all its task threads (the Analyzer is
 * thread-safe), never once per record or per partition.
 */
final class ExecutorAnalyzer {
    private static Analyzer analyzer;

    private ExecutorAnalyzer() {
    }

    static synchronized Analyzer get(AnnotatorFactory factory) {
        if (analyzer == null) {
            analyzer = new Analyzer(factory.get());
        }
        return analyzer;
    }
}
