package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "In praising the harbour plan, Ortiz broke with her party": the parse hangs the gerund as an adjective on its
 * object. On hand-built parses (sentences written for the test).
 */
class GerundObjectCueTest {
    @Test
    void aGerundParsedAsItsObjectsAdjectiveSaysTheObject() {
        Attribution a = only(found("In/in/IN praising/praise/VBG the/the/DT harbour/harbour/NN plan/plan/NN ,/,/, "
                        + "Ortiz/Ortiz/NNP broke/break/VBD with/with/IN her/she/PRP$ party/party/NN ././.",
                "root -1 7", "obl 7 4", "case 4 0", "amod 4 1", "det 4 2", "compound 4 3", "punct 7 5",
                "nsubj 7 6", "obl 7 10", "case 10 8", "nmod:poss 10 9", "punct 7 11"));
        assertEquals("the harbour plan", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aGerundOfSeeingWithoutItsAsPhraseSaysNothing() {
        assertTrue(found("In/in/IN seeing/see/VBG the/the/DT harbour/harbour/NN ,/,/, Ortiz/Ortiz/NNP "
                        + "smiled/smile/VBD ././.",
                "root -1 6", "obl 6 3", "case 3 0", "amod 3 1", "det 3 2", "punct 6 4", "nsubj 6 5",
                "punct 6 7").isEmpty());
    }

    @Test
    void aParticipleAfterItsNounsDeterminerIsAnAdjective() {
        assertTrue(found("Coal/coal/NN has/have/VBZ a/a/DT declining/decline/VBG role/role/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 4", "det 4 2", "amod 4 3", "punct 1 5").isEmpty());
    }
}
