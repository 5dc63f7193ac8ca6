package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A subordinator parsed as a preposition still opens the cue's subject; on hand-built parses. */
class MarkedClauseSubjectTest {
    @Test
    void theNounOpenedByAsIsTheSubjectOfTheCueAfterIt() {
        // "The plan gained support as the head of the union argued it was fair." with "as" a case marker
        Sentence s = sentence("The/the/DT plan/plan/NN gained/gain/VBD support/support/NN as/as/IN the/the/DT "
                        + "head/head/NN of/of/IN the/the/DT union/union/NN argued/argue/VBD it/it/PRP was/be/VBD "
                        + "fair/fair/JJ",
                "det 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "case 6 4", "det 6 5", "obl 2 6", "case 9 7",
                "det 9 8", "nmod 6 9", "acl 6 10", "nsubj 13 11", "cop 13 12", "ccomp 10 13");
        assertEquals(6, MarkedClauseSubject.of(s, 10));
        assertEquals(6, CueSpeaker.speakerOf(s, 10, List.of()));
    }

    @Test
    void aCueWithItsOwnSubjectOrAPlainPrepositionGetsNone() {
        // "Lee argued it was fair." and "The plan, in the view of the union, argued nothing."
        Sentence own = sentence("Lee/Lee/NNP/PERSON argued/argue/VBD it/it/PRP was/be/VBD fair/fair/JJ",
                "nsubj 1 0", "root -1 1", "nsubj 4 2", "cop 4 3", "ccomp 1 4");
        assertEquals(-1, MarkedClauseSubject.of(own, 1));
        Sentence plain = sentence("Support/support/NN for/for/IN the/the/DT union/union/NN argued/argue/VBD it/it/PRP "
                        + "was/be/VBD fair/fair/JJ",
                "dep 4 0", "case 3 1", "det 3 2", "nmod 0 3", "root -1 4", "nsubj 7 5", "cop 7 6", "ccomp 4 7");
        assertEquals(-1, MarkedClauseSubject.of(plain, 4));
    }
}
