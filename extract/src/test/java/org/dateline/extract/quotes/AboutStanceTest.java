package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Aides were coy about her plans": any copular adjective with "about" is a stance. Own sentences, hand parses. */
class AboutStanceTest {
    @Test
    void anAdjectiveWithAboutIsTheSubjectsStance() {
        Attribution a = only(found("Her/she/PRP$ aides/aide/NNS were/be/VBD coy/coy/JJ about/about/IN "
                        + "the/the/DT budget/budget/NN ././.",
                "root -1 3", "nmod:poss 1 0", "nsubj 3 1", "cop 3 2", "obl 3 6", "case 6 4", "det 6 5", "punct 3 7"));
        assertEquals("the budget", content(a));
        assertEquals("Her aides", speaker(a));
    }

    @Test
    void aQuestionAfterAboutIsTheContentToo() {
        Attribution a = only(found("Lee/Lee/NNP was/be/VBD vague/vague/JJ about/about/IN whether/whether/IN "
                        + "she/she/PRP would/would/MD run/run/VB ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "advcl 2 7", "mark 7 3", "mark 7 4", "nsubj 7 5", "aux 7 6",
                "punct 2 8"));
        assertEquals("whether she would run", content(a));
        assertEquals("Lee", speaker(a));
    }

    @Test
    void aPassiveAboutOrAnotherPrepositionIsNoStance() {
        assertTrue(found("Lee/Lee/NNP was/be/VBD quizzed/quiz/VBN about/about/IN the/the/DT budget/budget/NN ././.",
                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "obl 2 5", "case 5 3", "det 5 4", "punct 2 6")
                .isEmpty());
        assertTrue(found("Lee/Lee/NNP was/be/VBD busy/busy/JJ in/in/IN the/the/DT morning/morning/NN ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "obl 2 5", "case 5 3", "det 5 4", "punct 2 6").isEmpty());
    }
}
