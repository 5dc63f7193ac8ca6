package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Ortiz supports raising the toll", "the council would like to widen the road": a stance verb whose view is a
 * gerund or, for liking, an infinitive. On hand-built parses (sentences written for the test).
 */
class StanceComplementTest {
    @Test
    void aGerundAfterAStanceVerbIsTheView() {
        Attribution a = only(found("Ortiz/Ortiz/NNP supports/support/VBZ raising/raise/VBG the/the/DT "
                        + "toll/toll/NN ././.",
                "root -1 1", "nsubj 1 0", "dep 1 2", "obj 2 4", "det 4 3", "punct 1 5"));
        assertEquals("raising the toll", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void anInfinitiveAfterLikeIsTheWish() {
        Attribution a = only(found("The/the/DT council/council/NN would/would/MD like/like/VB to/to/TO "
                        + "widen/widen/VB the/the/DT road/road/NN ././.",
                "root -1 3", "nsubj 3 1", "det 1 0", "aux 3 2", "xcomp 3 5", "mark 5 4", "obj 5 7", "det 7 6",
                "punct 3 8"));
        assertEquals("widen the road", content(a));
        assertEquals("The council", speaker(a));
    }

    @Test
    void aStanceVerbWithoutASubjectHoldsNoView() {
        assertTrue(found("Supporting/support/VBG raising/raise/VBG the/the/DT toll/toll/NN ././.",
                "root -1 0", "xcomp 0 1", "obj 1 3", "det 3 2", "punct 0 4").isEmpty());
    }
}
