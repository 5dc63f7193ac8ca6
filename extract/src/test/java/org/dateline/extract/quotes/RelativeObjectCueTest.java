package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "The toll, which Ortiz defended, failed": the relative pronoun is the object of a verb that takes what was said or held
 * as its object. On hand-built parses (sentences written for the test).
 */
class RelativeObjectCueTest {
    @Test
    void theRelativePronounObjectOfADefendingVerbIsWhatWasDefended() {
        Attribution a = only(found("The/the/DT toll/toll/NN ,/,/, which/which/WDT Ortiz/Ortiz/NNP "
                        + "defended/defend/VBD ,/,/, failed/fail/VBD ././.",
                "root -1 7", "nsubj 7 1", "det 1 0", "punct 1 2", "acl:relcl 1 5", "obj 5 3", "nsubj 5 4",
                "punct 1 6", "punct 7 8"));
        assertEquals("which", content(a));
        assertEquals("Ortiz", speaker(a));
    }
}
