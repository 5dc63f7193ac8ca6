package org.dateline.nlp;

import java.util.List;

/** The output of the NLP stage, in our own types. Offsets point into {@link #text}. */
public record AnnotatedText(String text, List<Sentence> sentences, List<NerMention> mentions,
                            List<TimeExpression> times) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }

    /** The sentence containing character offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
