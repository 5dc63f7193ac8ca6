package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "Ortiz offered praise for the nurses", "cited the audit as the reason ...": the parse hangs the object's topic or
 * as-phrase on the verb, and the statement runs on through it; a time after the object is no topic. On hand-built parses (sentences written for the test).
 */
class ObjectTopicTest {
    @Test
    void theTopicPhraseAfterTheObjectIsPartOfTheStatement() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON offered/offer/VBD praise/praise/NN for/for/IN "
                        + "the/the/DT nurses/nurse/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 5", "case 5 3", "det 5 4", "punct 1 6"));
        assertEquals("praise for the nurses", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aTimeAfterTheObjectIsNoTopic() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON criticized/criticize/VBD the/the/DT plan/plan/NN "
                        + "on/on/IN Monday/Monday/NNP/DATE ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "obl 1 5", "case 5 4", "punct 1 6"));
        assertEquals("the plan", content(a));
    }

    @Test
    void anAsPhraseParsedIntoAnotherClauseIsWhatTheObjectWasTakenFor() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON cited/cite/VBD the/the/DT audit/audit/NN as/as/IN "
                        + "the/the/DT reason/reason/NN she/she/PRP is/be/VBZ waiting/wait/VBG ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "case 6 4", "det 6 5", "obl 9 6", "nsubj 9 7",
                "aux 9 8", "advcl 1 9", "punct 1 10"));
        assertEquals("the audit as the reason she is waiting", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aStandInRunsOnThroughItsTopic() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON said/say/VBD little/little/JJ about/about/IN "
                        + "the/the/DT budget/budget/NN ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 5", "case 5 3", "det 5 4", "punct 1 6"));
        assertEquals("little about the budget", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aSpokenNoIsWhatWasSaid() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON said/say/VBD no/no/UH ././.",
                "root -1 1", "nsubj 1 0", "discourse 1 2", "punct 1 3"));
        assertEquals("no", content(a));
    }

    @Test
    void whatWasOrderedIsTheObject() {
        Attribution a = only(found("The/the/DT judge/judge/NN ordered/order/VBD the/the/DT release/release/NN "
                        + "of/of/IN the/the/DT files/file/NNS ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "nmod 4 7", "case 7 5", "det 7 6",
                "punct 2 8"));
        assertEquals("the release of the files", content(a));
        assertEquals("The judge", speaker(a));
    }

    @Test
    void whatWasUnderstoodIsTheObject() {
        Attribution a = only(found("Ortiz/Ortiz/NNP/PERSON understands/understand/VBZ the/the/DT anger/anger/NN "
                        + "of/of/IN the/the/DT farmers/farmer/NNS ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "nmod 3 6", "case 6 4", "det 6 5", "punct 1 7"));
        assertEquals("the anger of the farmers", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void whatWasFeltIsTheObject() {
        Attribution a = only(found("The/the/DT mayor/mayor/NN feels/feel/VBZ the/the/DT same/same/JJ way/way/NN "
                        + "././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 5", "det 5 3", "amod 5 4", "punct 2 6"));
        assertEquals("the same way", content(a));
        assertEquals("The mayor", speaker(a));
    }
}
