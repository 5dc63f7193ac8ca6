package org.dateline.nlp;

import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * The one CoreNLP pipeline of a test JVM: loading takes ~20 s and GBs of heap, so every slow test
 * of every module shares it. Tests using it are tagged {@code @Tag("slow")}.
 */
public final class SharedPipeline {
    private static CoreNlpAnnotator instance;

    private SharedPipeline() {
    }

    public static synchronized Annotator get() {
        if (instance == null) {
            instance = new CoreNlpAnnotator();
        }
        return instance;
    }
}
