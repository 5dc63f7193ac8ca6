package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Voters were delighted by the result": adjectives of feeling with their preposition. Own sentences, hand parses. */
class FeelingAdjectiveTest {
    @Test
    void aFeelingWithItsPrepositionIsTheSubjectsStance() {
        Attribution a = only(found("Voters/voter/NNS were/be/VBD delighted/delighted/JJ by/by/IN the/the/DT "
                        + "result/result/NN ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "obl 2 5", "case 5 3", "det 5 4", "punct 2 6"));
        assertEquals("the result", content(a));
        assertEquals("Voters", speaker(a));
        Attribution b = only(found("Lee/Lee/NNP is/be/VBZ leery/leery/JJ of/of/IN the/the/DT deal/deal/NN ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "obl 2 5", "case 5 3", "det 5 4", "punct 2 6"));
        assertEquals("the deal", content(b));
    }

    @Test
    void anotherPrepositionIsNoStance() {
        assertTrue(found("Lee/Lee/NNP was/be/VBD shocked/shocked/JJ in/in/IN the/the/DT morning/morning/NN ././.",
                "root -1 2", "nsubj 2 0", "cop 2 1", "obl 2 5", "case 5 3", "det 5 4", "punct 2 6").isEmpty());
    }
}
