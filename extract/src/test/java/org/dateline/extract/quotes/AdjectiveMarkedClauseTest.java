package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "The council is wary of raising the toll": the parse marks the adjective's phrase as a clause (advcl with
 * mark "of") instead of an oblique ({@link AdjectiveCue}). On hand-built parses (sentences written for the test).
 */
class AdjectiveMarkedClauseTest {
    @Test
    void aClauseMarkedByTheAdjectivesPrepositionIsWhatTheSubjectFeels() {
        Attribution a = only(found("The/the/DT council/council/NN is/be/VBZ wary/wary/JJ of/of/IN "
                        + "raising/raise/VBG the/the/DT toll/toll/NN ././.",
                "root -1 3", "nsubj 3 1", "det 1 0", "cop 3 2", "advcl 3 5", "mark 5 4", "obj 5 7", "det 7 6",
                "punct 3 8"));
        assertEquals("raising the toll", content(a));
        assertEquals("The council", speaker(a));
    }
}
