package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "That's according to the latest count", "This is according to two aides": the phrase is the predicate of "be" and
 * the subject before it stands for what the source says. The parser makes the source the root, with the subject
 * hung on it and "'s" as a stray dependent, so neither a clause around the phrase nor a comma is there to read.
 */
final class CopularAccordingTo {
    /** "'s" is tagged as a possessive when the parser misses the contraction of "is". */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "'s", "’s");

    private CopularAccordingTo() {
    }

    /** The subject of "be according to {@code source}" ("That"), or -1 when the phrase is no predicate of "be". */
    static int subject(Sentence s, int according, int source) {
        if (according < 2 || !BE_FORMS.contains(s.token(according - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        int subject = Parse.child(s, source, "nsubj");
        return subject >= 0 && subject < according - 1 ? subject : -1;
    }
}
