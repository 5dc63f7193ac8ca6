package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Her plan to widen the road is sound": the parse makes the possessed noun of intending the subject of its own
 * infinitive; "a demand by Ortiz that ...": the by-phrase holds the noun; "made the case Monday that ...": the
 * clause hung on the light verb is the noun's ({@link NounClauseCue}). On hand-built parses (sentences written for the test).
 */
class NounInfinitiveTest {
    @Test
    void aPossessedNounParsedAsTheSubjectOfItsInfinitiveHoldsThatInfinitive() {
        Attribution a = only(found("Her/she/PRP$ plan/plan/NN to/to/TO widen/widen/VB the/the/DT road/road/NN "
                        + "is/be/VBZ sound/sound/JJ ././.",
                "root -1 7", "csubj 7 3", "nsubj 3 1", "nmod:poss 1 0", "mark 3 2", "obj 3 5", "det 5 4",
                "cop 7 6", "punct 7 8"));
        assertEquals("widen the road", content(a));
        assertEquals("Her", speaker(a));
    }

    @Test
    void theInfinitiveStopsBeforeTheClausesTheParseHungOnIt() {
        Attribution a = only(found("Ortiz/Ortiz/NNP 's/'s/POS decision/decision/NN to/to/TO stay/stay/VB "
                        + "as/as/IN the/the/DT town/town/NN has/have/VBZ grown/grow/VBN ././.",
                "root -1 4", "nsubj 4 2", "nmod:poss 2 0", "case 0 1", "mark 4 3", "advcl 4 9", "mark 9 5",
                "nsubj 9 7", "det 7 6", "aux 9 8", "punct 4 10"));
        assertEquals("stay", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void withoutAPossessorThePlanIsNobodysStatement() {
        assertTrue(found("The/the/DT plan/plan/NN to/to/TO widen/widen/VB the/the/DT road/road/NN "
                        + "is/be/VBZ sound/sound/JJ ././.",
                "root -1 7", "csubj 7 3", "nsubj 3 1", "det 1 0", "mark 3 2", "obj 3 5", "det 5 4",
                "cop 7 6", "punct 7 8").isEmpty());
    }

    @Test
    void aByPhraseBeforeTheNounsClauseNamesTheSpeaker() {
        Attribution a = only(found("One/one/CD hurdle/hurdle/NN is/be/VBZ a/a/DT demand/demand/NN by/by/IN "
                        + "Ortiz/Ortiz/NNP that/that/IN the/the/DT road/road/NN close/close/VB ././.",
                "root -1 4", "nsubj 4 1", "nummod 1 0", "cop 4 2", "det 4 3", "nmod 4 6", "case 6 5", "acl 4 10",
                "mark 10 7", "nsubj 10 9", "det 9 8", "punct 4 11"));
        assertEquals("the road close", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aLightVerbsClauseAfterItsNounIsTheNounsClause() {
        Attribution a = only(found("Ortiz/Ortiz/NNP made/make/VBD the/the/DT case/case/NN Monday/Monday/NNP "
                        + "that/that/IN the/the/DT road/road/NN is/be/VBZ unsafe/unsafe/JJ ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "obl:tmod 1 4", "ccomp 1 9", "mark 9 5",
                "nsubj 9 7", "det 7 6", "cop 9 8", "punct 1 10"));
        assertEquals("the road is unsafe", content(a));
        assertEquals("Ortiz", speaker(a));
    }
}
