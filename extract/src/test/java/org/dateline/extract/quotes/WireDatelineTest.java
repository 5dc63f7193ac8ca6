package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The place opening a wire story is never a speaker, whatever the parse made of it. */
class WireDatelineTest {
    @Test
    void aPlaceOfSeveralWordsOrWithItsAgencyBeforeADashIsTheDateline() {
        Sentence city = sentence("PORT/PORT/NNP/LOCATION ARTHUR/ARTHUR/NNP/LOCATION —/—/HYPH Lee/Lee/NNP/PERSON "
                + "arrived/arrive/VBD");
        assertTrue(WireDateline.covers(city, 0));
        assertTrue(WireDateline.covers(city, 1));
        assertFalse(WireDateline.covers(city, 3));
        Sentence agency = sentence("Salem/Salem/NNP/LOCATION (/(/-LRB- Lumen/Lumen/NNP/ORGANIZATION )/)/-RRB- "
                + "–/–/: Lee/Lee/NNP/PERSON arrived/arrive/VBD");
        assertTrue(WireDateline.covers(agency, 0));
        assertFalse(WireDateline.covers(agency, 5));
    }

    @Test
    void anOrganizationOrAPersonSetOffByADashIsNoDateline() {
        Sentence alliance = sentence("NATO/NATO/NNP/ORGANIZATION —/—/HYPH the/the/DT alliance/alliance/NN —/—/HYPH "
                + "said/say/VBD");
        assertFalse(WireDateline.covers(alliance, 0));
        Sentence person = sentence("Ann/Ann/NNP/PERSON Lee/Lee/NNP/PERSON —/—/HYPH a/a/DT mayor/mayor/NN —/—/HYPH "
                + "said/say/VBD");
        assertFalse(WireDateline.covers(person, 1));
    }

    @Test
    void aConjoinedCueAfterADatelineTakenForTheSubjectTakesTheName() {
        // "PORT ARTHUR — Mayor Lee on Monday praised the plan and said it was fair": the parse made the place the
        // subject and hung the mayor on it
        List<Attribution> found = found("PORT/PORT/NNP/LOCATION ARTHUR/ARTHUR/NNP/LOCATION —/—/HYPH Mayor/Mayor/NNP "
                        + "Lee/Lee/NNP/PERSON on/on/IN Monday/Monday/NNP/DATE praised/praise/VBD the/the/DT "
                        + "plan/plan/NN and/and/CC said/say/VBD it/it/PRP was/be/VBD fair/fair/JJ",
                "compound 1 0", "nsubj 7 1", "punct 1 2", "compound 4 3", "dep 1 4", "case 6 5", "obl 7 6",
                "root -1 7", "det 9 8", "obj 7 9", "cc 11 10", "conj 7 11", "nsubj 14 12", "cop 14 13",
                "ccomp 11 14");
        assertEquals(2, found.size(), found.toString()); // "praised the plan" and "said it was fair"
        for (Attribution a : found) {
            assertEquals("Mayor Lee", speaker(a));
        }
    }
}
