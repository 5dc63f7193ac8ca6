package org.dateline.extract.times;

import java.time.LocalDate;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;

/** What the corrections may consult: the annotated text and the article date (null when unknown). */
record ResolutionContext(AnnotatedText text, LocalDate articleDate) {
    Sentence sentence(Candidate c) {
        if (c.sentence() >= 0 && c.sentence() < text.sentences().size()) {
            return text.sentences().get(c.sentence());
        }
        return text.sentenceAt(c.begin());
    }
}
