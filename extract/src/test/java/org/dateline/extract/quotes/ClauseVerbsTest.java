package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Verbs whose clause is what was said or thought, added from PolNeAR train ({@link CueLexicon}). Hand-built parses. */
class ClauseVerbsTest {
    @Test
    void interjectingAClauseSaysIt() {
        Attribution a = only(found("Ortiz/Ortiz/NNP interjected/interject/VBD that/that/IN the/the/DT count/count/NN "
                        + "was/be/VBD unfair/unfair/JJ ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 6", "mark 6 2", "det 4 3", "nsubj 6 4", "cop 6 5", "punct 1 7"));
        assertEquals("the count was unfair", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void ponderingAQuestionIsAThought() {
        Attribution a = only(found("Lee/Lee/NNP pondered/ponder/VBD whether/whether/IN the/the/DT mill/mill/NN "
                        + "would/would/MD reopen/reopen/VB ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 6", "mark 6 2", "det 4 3", "nsubj 6 4", "aux 6 5", "punct 1 7"));
        assertEquals("whether the mill would reopen", content(a));
        assertEquals("Lee", speaker(a));
    }
}
