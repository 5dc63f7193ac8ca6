package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Nouns and verbs of stance and judgement with the phrase they are about ({@link PrepositionalCue}): "a dogged
 * defender of the levy", "her turn against the mayor", "stood by her remarks". On hand-built parses (sentences written for the test).
 */
class AttitudeNounTest {
    @Test
    void aPredicateDefenderOfSomethingIsTheSubjectsStance() {
        Attribution a = only(found("Ortiz/Ortiz/NNP is/be/VBZ a/a/DT dogged/dogged/JJ defender/defender/NN "
                        + "of/of/IN the/the/DT levy/levy/NN ././.",
                "root -1 4", "nsubj 4 0", "cop 4 1", "det 4 2", "amod 4 3", "nmod 4 7", "case 7 5", "det 7 6",
                "punct 4 8"));
        assertEquals("the levy", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aPossessorsTurnAgainstSomeoneIsTheirStatement() {
        Attribution a = only(found("Ortiz/Ortiz/NNP 's/'s/POS turn/turn/NN against/against/IN the/the/DT "
                        + "mayor/mayor/NN surprised/surprise/VBD the/the/DT council/council/NN ././.",
                "root -1 6", "nsubj 6 2", "nmod:poss 2 0", "case 0 1", "nmod 2 5", "case 5 3", "det 5 4",
                "obj 6 8", "det 8 7", "punct 6 9"));
        assertEquals("the mayor", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void standingBySomethingIsAStanceOnIt() {
        Attribution a = only(found("Ortiz/Ortiz/NNP stood/stand/VBD by/by/IN her/she/PRP$ remarks/remark/NNS ././.",
                "root -1 1", "nsubj 1 0", "obl 1 4", "case 4 2", "nmod:poss 4 3", "punct 1 5"));
        assertEquals("her remarks", content(a));
        assertEquals("Ortiz", speaker(a));
    }
}
