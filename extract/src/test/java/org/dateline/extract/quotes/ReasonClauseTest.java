package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Ortiz thanked a diner for wearing her button": a reason verb's for-clause is what was said of someone also when
 * the parse gives the clause "for" as its case, and it ends before a coordinated cue of the same speaker. On
 * hand-built parses (sentences written for the test).
 */
class ReasonClauseTest {
    @Test
    void aForClauseWithACaseIsTheReason() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON thanked/thank/VBD a/a/DT diner/diner/NN for/for/IN "
                        + "wearing/wear/VBG her/she/PRP$ button/button/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "advcl 1 5", "case 5 4", "obj 5 7",
                "nmod:poss 7 6", "punct 1 8"));
        assertEquals("wearing her button", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void theReasonEndsBeforeACoordinatedCue() {
        var found = found("Ortiz/Ortiz/NNP/PERSON accused/accuse/VBD the/the/DT board/board/NN of/of/IN "
                        + "trying/try/VBG to/to/TO stall/stall/VB and/and/CC said/say/VBD the/the/DT "
                        + "families/family/NNS are/be/VBP tired/tired/JJ ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "advcl 1 5", "case 5 4", "xcomp 5 7", "mark 7 6",
                "cc 9 8", "conj 7 9", "ccomp 9 13", "det 11 10", "nsubj 13 11", "cop 13 12", "punct 1 14");
        assertTrue(found.stream().anyMatch(a -> content(a).equals("trying to stall")), () -> found.toString());
    }
}
