package org.dateline.nlp;

import java.time.LocalDate;

/**
 * The NLP stage: tokens, sentences, dependency parses, named entities and normalized times.
 * Implementations hold loaded models: create one per process, share it, close it at the end.
 * Must be safe to call from several threads.
 */
public interface Annotator extends AutoCloseable {
    /**
     * Annotates {@code text}. {@code documentDate} anchors relative times ("Thursday night"); may be
     * null, in which case relative times stay unresolved.
     */
    AnnotatedText annotate(String text, LocalDate documentDate);

    @Override
    void close();
}
