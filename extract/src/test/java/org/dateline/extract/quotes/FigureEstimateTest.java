package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "The survey puts her support at 12 percent": an estimate set at a figure; "put the plan at risk" is none. On
 * hand-built parses (sentences written for the test).
 */
class FigureEstimateTest {
    @Test
    void anObjectSetAtAFigureIsTheEstimate() {
        Attribution a = only(found("The/the/DT survey/survey/NN puts/put/VBZ her/she/PRP$ support/support/NN "
                        + "at/at/IN 12/12/CD percent/percent/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "nmod:poss 4 3", "obl 2 7", "case 7 5",
                "nummod 7 6", "punct 2 8"));
        assertEquals("her support at 12 percent", content(a));
        assertEquals("The survey", speaker(a));
    }

    @Test
    void withoutAFigureItIsNoEstimate() {
        assertTrue(found("The/the/DT storm/storm/NN puts/put/VBZ the/the/DT harbour/harbour/NN at/at/IN "
                        + "risk/risk/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "obl 2 6", "case 6 5",
                "punct 2 7").isEmpty());
    }
}
