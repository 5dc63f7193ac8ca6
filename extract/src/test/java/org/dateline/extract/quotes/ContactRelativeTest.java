package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the blunt style she prefers": a cue verb in a relative clause without a relative word takes the noun phrase before
 * its subject as what was said; the parser hangs such verbs loose (parataxis, dep). On hand-built parses (sentences
 * written for the test).
 */
class ContactRelativeTest {
    @Test
    void theNounBeforeTheSubjectIsWhatTheSubjectPrefers() {
        Attribution a = only(found("Ortiz/Ortiz/NNP skipped/skip/VBD the/the/DT blunt/blunt/JJ style/style/NN "
                        + "she/she/PRP prefers/prefer/VBZ ././.",
                "root -1 1", "nsubj 1 0", "det 4 2", "amod 4 3", "obj 1 4", "nsubj 6 5", "parataxis 1 6",
                "punct 1 7"));
        assertEquals("the blunt style", content(a));
        assertEquals("she", speaker(a));
    }

    @Test
    void aThingPronounHeadsThePhraseToo() {
        Attribution a = only(found("The/the/DT miners/miner/NNS got/get/VBD everything/everything/NN "
                        + "they/they/PRP wanted/want/VBD ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "nsubj 5 4", "dep 2 5", "punct 2 6"));
        assertEquals("everything", content(a));
        assertEquals("they", speaker(a));
    }

    @Test
    void aTimeWordBeforeTheSubjectIsNoObject() {
        List<Attribution> found = found("Ortiz/Ortiz/NNP wrote/write/VBD Monday/Monday/NNP/DATE "
                        + "she/she/PRP agrees/agree/VBZ ././.",
                "root -1 1", "nsubj 1 0", "obl:tmod 1 2", "nsubj 4 3", "parataxis 1 4", "punct 1 5");
        assertTrue(found.stream().noneMatch(a -> content(a).equals("Monday")), found.toString());
    }

    @Test
    void aVerbWithItsOwnPrepositionalStatementKeepsIt() {
        Attribution a = only(found("That/that/DT is/be/VBZ the/the/DT reason/reason/NN farmers/farmer/NNS "
                        + "have/have/VBP voted/vote/VBN for/for/IN Ortiz/Ortiz/NNP ././.",
                "nsubj 3 0", "cop 3 1", "det 3 2", "root -1 3", "nsubj 6 4", "aux 6 5", "dep 3 6", "case 8 7",
                "obl 6 8", "punct 3 9"));
        assertEquals("Ortiz", content(a));
        assertEquals("farmers", speaker(a));
    }
}
