package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A reporting conjunct the parse hangs inside a complement clause speaks for the main clause's subject. */
class CoordinatedCueSpeakerTest {
    private static final String TOKENS = "Whitby/Whitby/NNP/PERSON admitted/admit/VBD that/that/IN even/even/RB "
            + "she/she/PRP found/find/VBD the/the/DT plan/plan/NN confusing/confusing/JJ and/and/CC called/call/VBD "
            + "for/for/IN a/a/DT delay/delay/NN";

    @Test
    void aConjunctOfTheComplementsVerbTakesTheMainSubject() {
        // "Whitby admitted that even she found the plan confusing and called for a delay", "called" joined to "found"
        Sentence s = sentence(TOKENS, "nsubj 1 0", "root -1 1", "mark 5 2", "advmod 4 3", "nsubj 5 4", "ccomp 1 5",
                "det 7 6", "obj 5 7", "xcomp 5 8", "cc 10 9", "conj 5 10", "case 13 11", "det 13 12", "obl 10 13");
        assertEquals(0, CoordinatedCueSpeaker.mainSubject(s, 10));
    }

    @Test
    void aConjunctOfTheMainVerbOrOfARelativeClauseIsLeftAlone() {
        // the same words with "called" joined to "admitted": the existing shared-subject rule answers
        Sentence high = sentence(TOKENS, "nsubj 1 0", "root -1 1", "mark 5 2", "advmod 4 3", "nsubj 5 4",
                "ccomp 1 5", "det 7 6", "obj 5 7", "xcomp 5 8", "cc 10 9", "conj 1 10", "case 13 11", "det 13 12",
                "obl 10 13");
        assertEquals(-1, CoordinatedCueSpeaker.mainSubject(high, 10));
        // "Ortiz met Whitby, who won and said it was late": the relative pronoun speaks
        Sentence relative = sentence("Ortiz/Ortiz/NNP/PERSON met/meet/VBD Whitby/Whitby/NNP/PERSON ,/,/, who/who/WP "
                        + "won/win/VBD and/and/CC said/say/VBD it/it/PRP was/be/VBD late/late/JJ",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 2 3", "nsubj 5 4", "acl:relcl 2 5", "cc 7 6", "conj 5 7",
                "nsubj 10 8", "cop 10 9", "ccomp 7 10");
        assertEquals(-1, CoordinatedCueSpeaker.mainSubject(relative, 7));
    }
}
